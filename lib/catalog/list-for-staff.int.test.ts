import { describe, expect, it } from "vitest";
import { db } from "../db";
import { Forbidden, NotFound, Unauthenticated } from "../errors";
import { systemActor, type Actor } from "../auth/authorize";
import type { Role } from "../auth/roles";
import { importApiVersion } from "./import-version";
import { listCatalogForStaff } from "./list-for-staff";

const system = systemActor("test");
const unique = (tag: string) => `${tag}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const one = (text: string) => ({ files: new Map([["openapi.yaml", text]]) });

const DOC = `openapi: 3.0.3
info: { title: Orders, version: "1.0" }
paths:
  /orders:
    get:
      operationId: listOrders
      responses: { "200": { description: ok } }
    post:
      operationId: createOrder
      responses: { "201": { description: created, content: { application/json: { schema: { $ref: 'https://schemas.example.com/order.json' } } } } }
`;

function makeUser(role: Role): Promise<Actor> {
  return db.user.create({ data: { email: `${unique(role)}@example.com`, role }, select: { id: true, email: true, name: true, role: true } });
}

describe("listCatalogForStaff", () => {
  it("lists APIs of every visibility with their versions, operation counts and warnings", async () => {
    const internal = unique("internal");
    const partner = unique("partner");
    await importApiVersion(system, { api: internal, name: "Internal orders", visibility: "staff", version: "v1", status: "deprecated" }, one(DOC));
    await importApiVersion(system, { api: internal, version: "v2", status: "beta" }, one(DOC.replace("post:", "delete:")));
    await importApiVersion(system, { api: partner, visibility: "partner", ownerTeam: "Payments" }, one(DOC));

    const catalog = await listCatalogForStaff(await makeUser("admin"));
    const bySlug = new Map(catalog.map((api) => [api.slug, api]));

    expect(bySlug.get(internal)).toMatchObject({ name: "Internal orders", visibility: "staff", ownerTeam: null });
    expect(bySlug.get(internal)!.versions.map((v) => [v.label, v.status, v.operationCount])).toEqual([
      ["v2", "beta", 2],
      ["v1", "deprecated", 2],
    ]);
    expect(bySlug.get(partner)).toMatchObject({ name: "Orders", visibility: "partner", ownerTeam: "Payments" });
    expect(bySlug.get(partner)!.versions).toEqual([
      expect.objectContaining({ label: "1.0", status: "current", operationCount: 2, sourceFormat: expect.any(String), warningCount: 1, importedAt: expect.any(Date) }),
    ]);
  });

  it("lists an API with no versions left", async () => {
    const slug = unique("bare");
    await db.api.create({ data: { slug, name: "Bare" } });
    const catalog = await listCatalogForStaff(await makeUser("admin"));
    expect(catalog.find((api) => api.slug === slug)).toMatchObject({ versions: [] });
  });

  it.each([
    ["a visitor", null, Unauthenticated],
    ["a developer", "developer", NotFound],
    ["a partner", "partner", NotFound],
    ["a triager", "triager", Forbidden],
    ["a security engineer", "security", Forbidden],
  ] as const)("refuses %s", async (_label, role, error) => {
    const actor = role ? await makeUser(role) : null;
    await expect(listCatalogForStaff(actor)).rejects.toBeInstanceOf(error);
  });
});
