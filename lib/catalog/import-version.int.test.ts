import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { Forbidden, Invalid, NotFound } from "../errors";
import { systemActor, type Actor } from "../auth/authorize";
import { importApiVersion } from "./import-version";
import { ImportError } from "./import/errors";
import { readSourceFromPath } from "./import/source-files";

const SHARED = resolve(__dirname, "../../../shared/data/openapi");
const system = systemActor("test");
const unique = (tag: string) => `${tag}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const one = (text: string, name = "openapi.yaml") => ({ files: new Map([[name, text]]) });

type ManifestEntry = { file: string; operations: number };
const manifest: ManifestEntry[] = existsSync(SHARED) ? JSON.parse(readFileSync(join(SHARED, "MANIFEST.json"), "utf8")).files : [];

describe("importing every shared OpenAPI document", () => {
  it("finds the shared documents", () => {
    expect(manifest.length).toBeGreaterThanOrEqual(7);
  });

  it.each(manifest)("imports $file with the operation count of its MANIFEST entry", async ({ file, operations }) => {
    const path = join(SHARED, file.split(" ")[0]!.replace(/\/spec\/swagger\.yaml$/, ""));
    const api = unique("shared");
    const summary = await importApiVersion(system, { api, version: "v1" }, readSourceFromPath(path));
    expect(summary.operations).toBe(operations);
    expect(summary.added).toHaveLength(operations);
    const stored = await db.operation.count({ where: { version: { label: "v1", api: { slug: api } } } });
    expect(stored).toBe(operations);
  }, 120_000);
});

const PETS_V1 = `openapi: 3.0.3
info: { title: Pets, version: "1.0" }
servers: [{ url: https://pets.example.com/v1 }]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses: { "200": { description: ok } }
  /pets/{id}:
    get:
      operationId: getPet
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { "200": { description: ok } }
`;

describe("importApiVersion", () => {
  it("is a no-op for the same document, and reports added, changed and removed operations for a new one", async () => {
    const api = unique("pets");
    const first = await importApiVersion(system, { api }, one(PETS_V1));
    expect(first).toMatchObject({ version: "1.0", apiCreated: true, versionCreated: true, added: ["listPets", "getPet"] });

    const again = await importApiVersion(system, { api }, one(PETS_V1));
    expect(again).toMatchObject({ unchanged: true, added: [], changed: [], removed: [] });

    const v1b = PETS_V1.replace("tags: [pets]", "tags: [pets]\n      summary: List all pets").replace(/  \/pets\/\{id\}:[\s\S]*$/, "") +
      "  /owners:\n    get:\n      operationId: listOwners\n      responses: { \"200\": { description: ok } }\n";
    const replaced = await importApiVersion(system, { api }, one(v1b));
    expect(replaced).toMatchObject({ unchanged: false, added: ["listOwners"], changed: ["listPets"], removed: ["getPet"] });
    const slugs = await db.operation.findMany({ where: { version: { api: { slug: api } } }, select: { slug: true }, orderBy: { position: "asc" } });
    expect(slugs.map((s) => s.slug)).toEqual(["listPets", "listOwners"]);
    expect(await db.auditLog.count({ where: { action: "catalog.version.import", data: { path: ["api"], equals: api } } })).toBe(2);
  });

  it("names the file, line and JSON pointer of an invalid document, and saves nothing", async () => {
    const api = unique("broken");
    const broken = PETS_V1.replace("responses: { \"200\": { description: ok } }\n  /pets/{id}", "responses: { \"200\": { descriptio: ok } }\n  /pets/{id}");
    const error = await importApiVersion(system, { api }, one(broken)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).location).toEqual({ file: "openapi.yaml", pointer: "/paths/~1pets/get/responses/200", line: 9 });
    expect((error as ImportError).message).toMatch(/must have required property 'description'/);
    expect(await db.api.count({ where: { slug: api } })).toBe(0);
  });

  it("keeps the previous version intact when a replacement is invalid", async () => {
    const api = unique("keep");
    await importApiVersion(system, { api }, one(PETS_V1));
    await expect(importApiVersion(system, { api }, one("openapi: 3.0.3\ninfo: [oops"))).rejects.toBeInstanceOf(ImportError);
    expect(await db.operation.count({ where: { version: { api: { slug: api } } } })).toBe(2);
  });

  it.each([
    ["broken YAML", "openapi: 3.0.3\ninfo: [oops", /Not valid YAML or JSON.*\(openapi\.yaml, line 2\)/],
    ["not an OpenAPI document", "hello: world\n", /No file has a top-level `openapi` or `swagger` key/],
    ["an unsupported version", "openapi: 4.0.0\ninfo: { title: x, version: '1' }\npaths: {}\n", /Unsupported version "4\.0\.0"/],
  ])("refuses %s with a clear message", async (_label, text, message) => {
    await expect(importApiVersion(system, { api: unique("bad"), version: "v1" }, one(text))).rejects.toThrow(message);
  });

  it("leaves remote $refs unresolved with a warning instead of fetching them", async () => {
    const doc = PETS_V1.replace(
      "responses: { \"200\": { description: ok } }\n  /pets/{id}",
      "responses:\n        \"200\":\n          description: ok\n          content: { application/json: { schema: { $ref: 'https://schemas.example.com/pet.json' } } }\n  /pets/{id}",
    );
    const summary = await importApiVersion(system, { api: unique("remote") }, one(doc));
    expect(summary.warnings).toEqual([expect.stringMatching(/^Remote reference https:\/\/schemas\.example\.com\/pet\.json in openapi\.yaml at .* was not followed/)]);
  });

  it("refuses a $ref to a file outside the uploaded files", async () => {
    const doc = PETS_V1.replace("schema: { type: string }", "schema: { $ref: '../../../etc/passwd' }");
    const error = await importApiVersion(system, { api: unique("escape") }, one(doc)).catch((e: unknown) => e);
    expect((error as ImportError).message).toMatch(/points to \.\.\/\.\.\/\.\.\/etc\/passwd, which is not part of the import/);
  });

  it("lets only admins and the system import", async () => {
    const make = (role: Actor["role"]) =>
      db.user.create({ data: { email: `${unique(role)}@example.com`, role }, select: { id: true, email: true, name: true, role: true } });
    await expect(importApiVersion(await make("triager"), { api: unique("x") }, one(PETS_V1))).rejects.toBeInstanceOf(Forbidden);
    await expect(importApiVersion(await make("developer"), { api: unique("x") }, one(PETS_V1))).rejects.toBeInstanceOf(NotFound);
    await expect(importApiVersion(null, { api: unique("x") }, one(PETS_V1))).rejects.toThrow();
    const admin = await make("admin");
    const summary = await importApiVersion(admin, { api: unique("ok") }, one(PETS_V1));
    expect(summary.operations).toBe(2);
  });

  it("refuses a bad slug with a field-level message", async () => {
    const error = await importApiVersion(system, { api: "Not A Slug!" }, one(PETS_V1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors.api?.[0]).toMatch(/lower-case letters/);
  });
});
