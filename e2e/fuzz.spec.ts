import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { BASE_URL } from "./support/env";
import { uniqueEmail, uniqueIp } from "./support/roles";

/**
 * Property: whatever a client sends to the feedback endpoints, the portal answers 2xx or 4xx,
 * never 5xx. Payloads are random JSON values, report/rating/forum-shaped objects with random
 * field values (any Unicode, NUL, huge strings, wrong types), and bodies that are not JSON.
 */

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "\ud800", "<script>alert(1)</script>", "x".repeat(25_000), "💥".repeat(3_000), "../../etc/passwd", "'; DROP TABLE \"User\";--"),
);
const anyValue = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }), fc.object({ maxDepth: 2 }));
const field = <T,>(likely: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: likely }, { weight: 1, arbitrary: anyValue });

const reportLike = fc.record(
  {
    title: field(text),
    description: field(text),
    api: field(fc.constantFrom("petstore", "museum", "harbor", "nope", "")),
    version: field(fc.constantFrom("1.0.27", "1.2.1", "2.0", "9.9")),
    operation: field(fc.constantFrom("getPetById", "buyMuseumTickets", "nope")),
    impact: field(fc.constantFrom("blocking", "degraded", "minor", "question", "BLOCKING")),
    visibility: field(fc.constantFrom("public", "private", "security", "everyone")),
    stepsToReproduce: field(text),
    expected: field(text),
    actual: field(text),
    requestId: field(text),
    occurredAt: field(fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), text)),
    environment: field(text),
    pageUrl: field(fc.oneof(fc.webUrl(), text)),
  },
  { requiredKeys: [] },
);
const ratingLike = fc.record(
  {
    api: field(fc.constantFrom("petstore", "museum", "harbor", "nope")),
    version: field(fc.constantFrom("1.0.27", "1.2.1", "2.0", undefined)),
    operation: field(fc.constantFrom("getPetById", "listSpecialEvents", "nope", undefined)),
    helpful: field(fc.boolean()),
    reason: field(fc.constantFrom("incorrect", "missing_example", "unclear", "outdated", "other", "bad")),
    comment: field(text),
  },
  { requiredKeys: [] },
);
const commentLike = fc.record({ body: field(text) }, { requiredKeys: [] });
const threadLike = fc.record(
  {
    title: field(text),
    body: field(text),
    category: field(fc.constantFrom("general", "petstore", "harbor", "nope")),
    tags: field(fc.oneof(fc.array(fc.constantFrom("auth", "rate-limits", "Bad Tag", ""), { maxLength: 7 }), text)),
    api: field(fc.constantFrom("petstore", "museum", "harbor", "nope")),
    version: field(fc.constantFrom("1.0.27", "1.2.1", "9")),
    operation: field(fc.constantFrom("getPetById", "getMuseumHours", "nope")),
  },
  { requiredKeys: [] },
);
const flagLike = fc.record({ reason: field(fc.constantFrom("spam", "inappropriate", "off-topic", "other", "rude")), note: field(text) }, { requiredKeys: [] });

/** A JSON body (often shaped like the resource), or raw text that is not JSON at all. */
const body = (shaped: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 4, arbitrary: shaped.map((v) => ({ raw: JSON.stringify(v), json: true })) },
    { weight: 1, arbitrary: fc.jsonValue().map((v) => ({ raw: JSON.stringify(v), json: true })) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ unit: "binary", maxLength: 200 }), fc.boolean()).map(([raw, json]) => ({ raw, json })) },
  );

async function newDeveloper(request: APIRequestContext): Promise<void> {
  const email = uniqueEmail("fuzz");
  const password = "copper lantern orbit fig";
  expect((await request.post("/api/account", { data: { email, password } })).status()).toBe(201);
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedIn = await request.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, email, password, json: "true" } });
  expect(signedIn.status()).toBe(200);
}

async function expectNo5xx(request: APIRequestContext, method: "POST" | "PUT" | "PATCH", url: string | (() => string), payload: fc.Arbitrary<{ raw: string; json: boolean }>, runs: number) {
  await fc.assert(
    fc.asyncProperty(payload, async ({ raw, json }) => {
      const target = typeof url === "function" ? url() : url;
      const response = await request.fetch(target, { method, data: raw, headers: json ? { "content-type": "application/json" } : { "content-type": "text/plain" } });
      expect(response.status(), `${method} ${target} with ${raw.slice(0, 300)}`).toBeLessThan(500);
    }),
    { numRuns: runs },
  );
}

test("random payloads to the report, comment, rating and forum endpoints get 2xx or 4xx, never 5xx", async ({ playwright }) => {
  test.setTimeout(240_000);
  // A fresh account and address: the fuzzer's reports and votes count against nobody else's limits.
  const request = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  await newDeveloper(request);
  const created = await request.post("/api/v1/reports", {
    data: { title: "A report to comment on", description: "Fuzz target.", api: "petstore", impact: "minor", visibility: "private" },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await expectNo5xx(request, "POST", "/api/v1/reports", body(reportLike), 150);
  await expectNo5xx(request, "POST", `/api/v1/reports/${id}/comments`, body(commentLike), 60);
  await expectNo5xx(request, "PUT", "/api/v1/ratings", body(ratingLike), 100);
  // Visitors vote too.
  const visitor = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  await expectNo5xx(visitor, "PUT", "/api/v1/ratings", body(ratingLike), 40);
  // The forum, as a brand-new account (its posting limits answer 429 soon: still never 5xx).
  await expectNo5xx(request, "POST", "/api/v1/forum/threads", body(threadLike), 80);
  await expectNo5xx(request, "POST", "/api/v1/forum/threads/1/replies", body(commentLike), 40);
  await expectNo5xx(request, "POST", "/api/v1/forum/threads/2/flags", body(flagLike), 30);
  await expectNo5xx(request, "PATCH", "/api/v1/forum/threads/1", body(threadLike), 30);
  // Odd addresses: ids and queries with NUL, huge and non-ASCII values.
  for (const path of ["/api/v1/reports/%00", "/api/v1/reports/%E2%80%AE", `/api/v1/reports/${"x".repeat(5000)}`, "/api/v1/search?q=%00", "/api/v1/search?q=" + "a".repeat(10_000), "/docs?q=%00", "/docs/%00", "/reports/%00", "/forum/t/%00", "/forum/c/%00", "/forum?tag=%00", "/api/v1/forum/threads?tag=%00"]) {
    expect((await request.get(path)).status(), path).toBeLessThan(500);
  }
  await request.dispose();
  await visitor.dispose();
});
