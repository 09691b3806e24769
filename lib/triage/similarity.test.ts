import { describe, expect, it } from "vitest";
import { buildTfIdf, cosine, duplicateScore, extractSignals, normalisePath, subjectText, type DuplicateSubject } from "./similarity";

describe("extractSignals", () => {
  it("finds statuses, error codes and normalised paths", () => {
    expect(extractSignals("POST /v1/orders/123 returns 500 with ERR_RATE_LIMIT")).toEqual({
      statuses: ["500"],
      errorCodes: ["ERR_RATE_LIMIT"],
      paths: ["/v1/orders/{id}"],
    });
    expect(extractSignals('GET https://api.example.com/v2/orders/ord_8f3k2x?expand=lines fails with invalid_grant (HTTP 429); error: "card_declined"')).toEqual({
      statuses: ["429"],
      errorCodes: ["invalid_grant", "card_declined"],
      paths: ["/v2/orders/{id}"],
    });
  });

  it("does not take amounts, durations or field names for statuses and codes", () => {
    expect(extractSignals("p95 went from 80 ms to 200 ms for 500 items; 100 % of calls; created_at is wrong; 24/7")).toEqual({
      statuses: [],
      errorCodes: [],
      paths: [],
    });
  });
});

describe("normalisePath", () => {
  it("turns ids of every shape into {id}", () => {
    expect(normalisePath("/v1/orders/{orderId}/lines/:lineId")).toBe("/v1/orders/{id}/lines/{id}");
    expect(normalisePath("/v1/Orders/3f2b8c1e-9d4a-4b7e-8f00-1234567890ab")).toBe("/v1/orders/{id}");
    expect(normalisePath("/customers/cus_9XkQ2/")).toBe("/customers/{id}");
    expect(normalisePath("/files/5f4dcc3b5aa765d61d8327deb882cf99?download=1")).toBe("/files/{id}");
    expect(normalisePath("/2/3")).toBeUndefined();
  });
});

describe("buildTfIdf / cosine", () => {
  it("scores shared wording above unrelated wording, and a text as identical to itself", () => {
    const index = buildTfIdf(["refund webhook arrives twice", "refund webhooks are delivered twice", "search is slow"]);
    const [a, b, c] = index.vectors;
    expect(cosine(a!, a!)).toBeCloseTo(1);
    expect(cosine(a!, b!)).toBeGreaterThan(cosine(a!, c!));
    expect(cosine(a!, c!)).toBe(0);
    expect(cosine(index.vectorize("the refund webhook came twice"), a!)).toBeGreaterThan(0.3);
  });
});

describe("duplicateScore", () => {
  const candidate: DuplicateSubject = {
    title: "POST /v1/orders returns 500 since this morning",
    body: "Every order creation fails with ERR_INTERNAL, request id req_123.",
    apiId: "orders",
    operationId: "createOrder",
  };
  const trueDuplicate: DuplicateSubject = {
    title: "Creating orders fails with HTTP 500",
    body: "POST /v1/orders answers 500 and ERR_INTERNAL for every order since 08:00.",
    apiId: "orders",
    operationId: "createOrder",
  };
  const sameApiUnrelated: DuplicateSubject[] = [
    { title: "Please add cursor pagination to GET /v1/orders", body: "Offset pagination skips items.", apiId: "orders", operationId: "listOrders" },
    { title: "GET /v1/orders/{id} is slow", body: "Takes 3 seconds for big orders.", apiId: "orders", operationId: "getOrder" },
    { title: "The docs for order webhooks are outdated", body: "order.paid is missing from the list.", apiId: "orders", operationId: null },
  ];

  it("ranks the true duplicate above unrelated items of the same API", () => {
    const duplicate = duplicateScore(candidate, trueDuplicate);
    for (const other of sameApiUnrelated) expect(duplicate.score, other.title).toBeGreaterThan(duplicateScore(candidate, other).score + 0.2);
    expect(duplicate.score).toBeGreaterThan(0.6);
    expect(duplicate.score).toBeLessThanOrEqual(1);
  });

  it("explains the score", () => {
    const { reasons } = duplicateScore(candidate, trueDuplicate);
    expect(reasons).toEqual(expect.arrayContaining(["same operation", "both mention ERR_INTERNAL", "both mention HTTP 500", "same path /v1/orders"]));
    expect(reasons.some((reason) => /^text \d+ % similar$/.test(reason))).toBe(true);
  });

  it("finds a duplicate from its clues when the operation is unknown", () => {
    const report: DuplicateSubject = { title: "Token refresh fails", body: "POST /oauth/token gives 400 invalid_grant after 5 minutes", apiId: "auth" };
    const same: DuplicateSubject = { title: "invalid_grant on refresh", body: "our refresh tokens get error invalid_grant from /oauth/token, HTTP 400", apiId: "auth" };
    const other: DuplicateSubject = { title: "Token endpoint slow", body: "POST /oauth/token takes 2 seconds", apiId: "auth" };
    expect(duplicateScore(report, same).score).toBeGreaterThan(duplicateScore(report, other).score);
    expect(duplicateScore(report, same).reasons).toEqual(expect.arrayContaining(["same API", "both mention invalid_grant", "both mention HTTP 400"]));
  });

  it("halves the score across different APIs", () => {
    const elsewhere = { ...trueDuplicate, apiId: "payments", operationId: "createPayment" };
    expect(duplicateScore(candidate, elsewhere).score).toBeLessThan(duplicateScore(candidate, trueDuplicate).score / 2);
  });

  it("uses precomputed vectors from a shared pool when given", () => {
    const pool = [candidate, trueDuplicate, ...sameApiUnrelated];
    const index = buildTfIdf(pool.map(subjectText));
    const withVectors = pool.map((subject, i) => ({ ...subject, vector: index.vectors[i] }));
    const scores = withVectors.slice(1).map((item) => duplicateScore(withVectors[0]!, item).score);
    expect(Math.max(...scores)).toBe(scores[0]);
  });
});
