import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { NotFound } from "../errors";
import { systemActor, type Actor } from "../auth/authorize";
import type { Role } from "../auth/roles";
import { importApiVersion } from "./import-version";
import { readSourceFromPath } from "./import/source-files";
import { getApiOverview, getOperationPage, listApis } from "./read";
import { searchCatalog } from "./search";

const demo = (file: string) => readSourceFromPath(fileURLToPath(new URL(`../../prisma/demo/openapi/${file}`, import.meta.url)));
const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const slug = { museum: `museum-${tag}`, partner: `partner-${tag}`, staff: `staff-${tag}`, pets: `pets-${tag}` };
const actors = {} as Record<Role, Actor>;

beforeAll(async () => {
  const system = systemActor("test");
  await importApiVersion(system, { api: slug.museum, version: "1.0.0", status: "deprecated" }, demo("museum-v1.yaml"));
  await importApiVersion(system, { api: slug.museum, version: "1.2.1", status: "current" }, demo("museum-v2.yaml"));
  await importApiVersion(system, { api: slug.pets, name: `Pets ${tag}` }, demo("petstore.yaml"));
  await importApiVersion(system, { api: slug.partner, name: `Partner ${tag}`, visibility: "partner" }, demo("petstore.yaml"));
  await importApiVersion(system, { api: slug.staff, name: `Internal ${tag}`, visibility: "staff" }, demo("petstore.yaml"));
  for (const role of ["developer", "partner", "triager", "security", "admin"] as Role[]) {
    actors[role] = await db.user.create({ data: { email: `${role}-${tag}@example.com`, role }, select: { id: true, email: true, name: true, role: true } });
  }
}, 120_000);

describe("visibility", () => {
  const cases: [string, () => Actor | null, string[]][] = [
    ["a visitor", () => null, [slug.pets]],
    ["a developer", () => actors.developer, [slug.pets]],
    ["a partner", () => actors.partner, [slug.pets, slug.partner]],
    ["a triager", () => actors.triager, [slug.pets, slug.partner, slug.staff]],
    ["an admin", () => actors.admin, [slug.pets, slug.partner, slug.staff]],
  ];

  it.each(cases)("%s sees exactly the APIs meant for them, in lists, pages and search", async (_who, actor, visible) => {
    const ours = [slug.pets, slug.partner, slug.staff];
    const listed = (await listApis(actor())).map((a) => a.slug).filter((s) => ours.includes(s));
    expect(listed.sort()).toEqual([...visible].sort());
    for (const api of ours) {
      const page = getApiOverview(actor(), api);
      if (visible.includes(api)) await expect(page).resolves.toBeTruthy();
      else await expect(page).rejects.toBeInstanceOf(NotFound);
    }
    const found = (await searchCatalog(actor(), tag, 50)).filter((h) => h.kind === "api" && ours.includes(h.apiSlug)).map((h) => h.apiSlug);
    expect(found.sort()).toEqual([...visible].sort());
  });
});

describe("getOperationPage", () => {
  it("shows an operation with its schemas, its place in the tag and its twin in the other version", async () => {
    const page = await getOperationPage(null, slug.museum, "1.2.1", "getSpecialEvent");
    expect(page.operation).toMatchObject({ method: "get", path: "/special-events/{eventId}" });
    expect(Object.keys(page.schemas)).toContain("SpecialEvent");
    expect(page.inOtherVersions).toEqual(
      expect.arrayContaining([
        { label: "1.0.0", status: "deprecated", slug: "getSpecialEvent" },
        { label: "1.2.1", status: "current", slug: "getSpecialEvent" },
      ]),
    );
    expect(page.previous?.slug).toBe("listSpecialEvents");
    expect(page.next?.slug).toBe("updateSpecialEvent");
  });

  it("says an operation is missing from the version that lacks it", async () => {
    const page = await getOperationPage(null, slug.museum, "1.2.1", "getTicketCode");
    expect(page.inOtherVersions.find((v) => v.label === "1.0.0")?.slug).toBeNull();
    await expect(getOperationPage(null, slug.museum, "1.0.0", "getTicketCode")).rejects.toBeInstanceOf(NotFound);
  });

  it("lands on the current version by default", async () => {
    const overview = await getApiOverview(null, slug.museum);
    expect(overview.version.label).toBe("1.2.1");
    expect(overview.versions.map((v) => v.label)).toEqual(expect.arrayContaining(["1.0.0", "1.2.1"]));
  });
});

describe("searchCatalog", () => {
  it('finds GET /pet/{petId} for "pet by id"', async () => {
    const hits = await searchCatalog(null, "pet by id", 50);
    expect(hits).toContainEqual(expect.objectContaining({ apiSlug: slug.pets, method: "get", path: "/pet/{petId}" }));
  });

  it("tolerates a misspelled query", async () => {
    const hits = await searchCatalog(null, "muesum hours", 50);
    expect(hits).toContainEqual(expect.objectContaining({ apiSlug: slug.museum, path: "/museum-hours" }));
  });

  it("corrects every misspelled word of a query, and finds a path typed with its braces", async () => {
    expect(await searchCatalog(null, "specal evnts", 50)).toContainEqual(expect.objectContaining({ apiSlug: slug.museum, slug: "listSpecialEvents" }));
    expect(await searchCatalog(null, "/special-events/{eventId}", 50)).toContainEqual(expect.objectContaining({ apiSlug: slug.museum, slug: "getSpecialEvent" }));
  });

  it("falls back to operations holding some of the words when none holds them all", async () => {
    const hits = await searchCatalog(null, "museum zeppelin", 50);
    expect(hits).toContainEqual(expect.objectContaining({ apiSlug: slug.museum, path: "/museum-hours" }));
  });

  it("finds operations by parameter name and by tag", async () => {
    expect(await searchCatalog(null, "eventId", 50)).toContainEqual(expect.objectContaining({ apiSlug: slug.museum, slug: "getSpecialEvent" }));
    expect(await searchCatalog(null, "Tickets", 50)).toContainEqual(expect.objectContaining({ apiSlug: slug.museum, slug: "buyMuseumTickets" }));
  });

  it("shows each operation once, from the current version", async () => {
    const hits = (await searchCatalog(null, "special event", 50)).filter((h) => h.apiSlug === slug.museum && h.slug === "getSpecialEvent");
    expect(hits).toHaveLength(1);
    expect(hits[0]!.version).toBe("1.2.1");
  });

  it("answers an empty query with nothing", async () => {
    expect(await searchCatalog(null, "   ")).toEqual([]);
  });
});
