import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { systemActor, type Actor } from "../auth/authorize";
import { importApiVersion } from "../catalog/import-version";
import { readSourceFromPath } from "../catalog/import/source-files";
import { VISITOR_VOTES_PER_HOUR } from "./ratings";

// PUT and GET /api/v1/ratings as the browser calls them, with the session replaced by a chosen actor.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("../auth/actor", async () => ({ ...(await import("../auth/authorize")), getActor: async () => session.actor }));
const { GET, PUT } = await import("../../app/api/v1/ratings/route");

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const api = `ratr-${tag}`;
const partnerApi = `ratr-partner-${tag}`;
const people = {} as Record<"developer" | "developer2" | "triager", Actor>;
const petstore = () => readSourceFromPath(fileURLToPath(new URL("../../prisma/demo/openapi/petstore.yaml", import.meta.url)));
const context = { params: Promise.resolve({}) };
let ips = 0;
const freshIp = () => `192.0.2.${++ips}-${tag}`;

async function call(method: "GET" | "PUT", as: Actor | null, options: { query?: Record<string, string>; body?: unknown; raw?: string; ip?: string; contentType?: string } = {}) {
  session.actor = as;
  const url = `http://localhost/api/v1/ratings${options.query ? `?${new URLSearchParams(options.query)}` : ""}`;
  const headers = { "x-forwarded-for": options.ip ?? freshIp(), "content-type": options.contentType ?? "application/json" };
  const body = method === "PUT" ? (options.raw ?? JSON.stringify(options.body)) : undefined;
  const response = await (method === "GET" ? GET : PUT)(new Request(url, { method, headers, body }), context);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

beforeAll(async () => {
  await importApiVersion(systemActor("test"), { api, version: "v1" }, petstore());
  await importApiVersion(systemActor("test"), { api: partnerApi, version: "v1", visibility: "partner" }, petstore());
  for (const [key, role] of [["developer", "developer"], ["developer2", "developer"], ["triager", "triager"]] as const) {
    people[key] = await db.user.create({ data: { email: `r-${key}-${tag}@example.com`, role, name: key }, select: { id: true, email: true, name: true, role: true } });
  }
}, 120_000);

const page = { api, version: "v1", operation: "getPetById" };

describe("PUT /api/v1/ratings", () => {
  it("stores a developer's vote and answers with it, and nothing internal", async () => {
    const res = await call("PUT", people.developer, { body: { ...page, helpful: false, reason: "missing_example", comment: "Developer one's private remark." } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      page: `/docs/${api}/v1/getPetById`,
      api,
      version: "v1",
      operation: "getPetById",
      helpful: false,
      reason: "missing_example",
      comment: "Developer one's private remark.",
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it("answers bad input with 422 and field messages, never 500", async () => {
    for (const body of [null, [], "text", 42, { helpful: true }, { ...page, helpful: "no" }, { ...page, helpful: false, reason: 7 }, { ...page, helpful: true, comment: { nested: true } }]) {
      const res = await call("PUT", people.developer, { body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    }
    expect((await call("PUT", people.developer, { raw: "{not json" })).status).toBe(422);
    expect((await call("PUT", people.developer, { body: { ...page, helpful: true }, contentType: "text/plain" })).status).toBe(422);
    const res = await call("PUT", null, { body: { ...page, helpful: false, comment: "Look at evil.example.com" } });
    expect(res.status).toBe(422);
    expect(res.body.errors.comment[0]).toMatch(/cannot contain links/);
  });

  it("answers 404 for a hidden API, word for word like an API that does not exist", async () => {
    const hidden = await call("PUT", people.developer, { body: { api: partnerApi, version: "v1", helpful: true } });
    const missing = await call("PUT", people.developer, { body: { api: `none-${tag}`, version: "v1", helpful: true } });
    expect(hidden.status).toBe(404);
    expect({ ...hidden.body, instance: undefined }).toEqual({ ...missing.body, instance: undefined });
    expect((await call("GET", null, { query: { api: partnerApi, version: "v1" } })).status).toBe(404);
  });

  it("answers 429 with Retry-After once a visitor's address has used its votes", async () => {
    const ip = freshIp();
    for (let i = 0; i < VISITOR_VOTES_PER_HOUR.points; i++) expect((await call("PUT", null, { ip, body: { ...page, helpful: true } })).status).toBe(200);
    const res = await call("PUT", null, { ip, body: { ...page, helpful: false } });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(res.body.detail).toMatch(/Try again in/);
  });
});

describe("GET /api/v1/ratings", () => {
  it("gives each caller their own vote only, uncached", async () => {
    const mine = await call("GET", people.developer, { query: page });
    expect(mine.status).toBe(200);
    expect(mine.headers.get("cache-control")).toBe("no-store");
    expect(mine.body).toMatchObject({ canComment: true, rating: { helpful: false, comment: "Developer one's private remark." } });

    // IDOR: another developer, staff reading as a reader, or a visitor never get developer one's vote or comment.
    for (const who of [people.developer2, people.triager, null]) {
      for (const query of [page, { ...page, version: "" }, { api, version: "v1", operation: "getPetById", userId: people.developer.id }]) {
        const res = await call("GET", who, { query });
        if (res.status === 200) expect(res.body.rating, JSON.stringify(query)).toBeNull();
        else expect(res.status).toBe(422);
        expect(JSON.stringify(res.body)).not.toContain("private remark");
      }
    }
    expect((await call("GET", null, { query: page })).body.canComment).toBe(false);
  });

  it("gives a visitor the vote of their address, without a comment", async () => {
    const ip = freshIp();
    await call("PUT", null, { ip, body: { ...page, helpful: false, reason: "unclear", comment: "Which ids are valid?" } });
    const res = await call("GET", null, { ip, query: page });
    expect(res.body).toEqual({ canComment: false, rating: expect.objectContaining({ helpful: false, reason: "unclear", comment: null }) });
  });

  it("refuses a query without an API with a field message", async () => {
    const res = await call("GET", null, { query: { version: "v1" } });
    expect(res.status).toBe(422);
    expect(res.body.errors.api).toBeDefined();
  });
});

describe("random payloads", () => {
  // Strings heavy in what breaks servers: NUL and other control characters, lone surrogates, paths, markup.
  const nasty = fc.string({ unit: fc.constantFrom("\u0000", "a", "\u001f", "é", "\ud800", "/", ".", " ", "<") });
  const text = () => fc.oneof(fc.string(), fc.string({ unit: "binary" }), nasty, fc.constantFrom(api, "v1", "getPetById", "", "\u0000", "../../etc", "<script>"));
  // A valid vote with one field replaced, so that odd values reach the database rather than stop at another field's check.
  const valid = { api, version: "v1", operation: "getPetById", helpful: false, reason: "unclear", comment: "Fine." };
  const nearlyValid = fc
    .tuple(fc.constantFrom(...Object.keys(valid)), fc.oneof({ weight: 4, arbitrary: text() }, { weight: 1, arbitrary: fc.jsonValue() }, { weight: 1, arbitrary: fc.constant(undefined) }))
    .map(([field, value]) => ({ ...valid, [field]: value }));

  it("get only 2xx or 4xx answers from PUT, signed in or not", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: nearlyValid }, { weight: 1, arbitrary: fc.jsonValue() }), fc.boolean(), async (body, signedIn) => {
        const res = await call("PUT", signedIn ? people.developer2 : null, { body });
        expect([200, 404, 422, 429]).toContain(res.status);
      }),
      { numRuns: 100 },
    );
  });

  it("get only 2xx or 4xx answers from GET", async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ api: text(), version: text(), operation: text() }, { requiredKeys: ["api"] }), fc.dictionary(fc.string(), text()), async (page, extra) => {
        const query = { ...extra, ...page };
        const res = await call("GET", people.developer2, { query });
        expect([200, 404, 422]).toContain(res.status);
      }),
      { numRuns: 100 },
    );
  });
});
