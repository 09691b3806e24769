import { describe, expect, it } from "vitest";
import { routingRuleCreateSchema, routingRuleUpdateSchema } from "./config-schemas";
import { checkKeyword, describeConditions, matchRule, normalizeOperationPattern, pickTeam, type RoutableItem, type RoutingRuleForMatch } from "./routing-match";

const item = (overrides: Partial<RoutableItem> = {}): RoutableItem => ({
  apiId: "api-orders",
  method: "POST",
  path: "/orders/{orderId}/refunds",
  category: "bug",
  title: "Refund call answers 500",
  body: "Every refund request fails since this morning.",
  ...overrides,
});

let nextId = 0;
const rule = (overrides: Partial<RoutingRuleForMatch> = {}): RoutingRuleForMatch => ({
  id: `rule-${++nextId}`,
  teamId: "team-payments",
  position: nextId,
  enabled: true,
  apiId: null,
  operationPattern: null,
  category: null,
  keyword: null,
  ...overrides,
});

describe("matchRule", () => {
  it("needs every condition the rule sets", () => {
    const r = rule({ apiId: "api-orders", category: "bug", keyword: "refund" });
    expect(matchRule(r, item())).toBe(true);
    expect(matchRule(r, item({ apiId: "api-users" }))).toBe(false);
    expect(matchRule(r, item({ category: "question" }))).toBe(false);
    expect(matchRule(r, item({ title: "Orders are slow", body: "It takes seconds." }))).toBe(false);
  });

  it("never matches with no condition at all", () => {
    expect(matchRule(rule(), item())).toBe(false);
  });

  it.each([
    ["POST /orders*", { method: "POST", path: "/orders/{orderId}/refunds" }, true],
    ["POST /orders*", { method: "post", path: "/orders" }, true],
    ["POST /orders*", { method: "GET", path: "/orders" }, false],
    ["POST /orders*", { method: "POST", path: "/v2/orders" }, false],
    ["* /admin/*", { method: "DELETE", path: "/admin/users/{id}" }, true],
    ["* /admin/*", { method: "GET", path: "/admin" }, false],
    ["GET /pet/{petId}", { method: "GET", path: "/pet/{petId}" }, true],
    ["GET /pet/{petId}", { method: "GET", path: "/Pet/{petId}" }, false],
    ["GET /a.b", { method: "GET", path: "/aXb" }, false],
    ["* /orders", { method: null, path: null }, false],
  ] as const)("operation pattern %s against %o → %s", (pattern, operation, expected) => {
    expect(matchRule(rule({ operationPattern: pattern }), item(operation))).toBe(expected);
  });

  it.each([
    ["refund", "Refund failed", true],
    ["refund", "REFUND FAILED", true],
    ["refund", "The refunded amount is wrong", false],
    ["refund", "prerefund hook", false],
    ["rate limit", "We hit the rate   limit after 10 calls", true],
    ["rate limit", "rate-limit headers", false],
    ["c++", "The C++ SDK crashes", true],
    ["élan", "Un problème d'Élan", true],
  ] as const)("keyword %s in %s → %s", (keyword, title, expected) => {
    expect(matchRule(rule({ keyword }), item({ title, body: "" }))).toBe(expected);
  });

  it("looks for the keyword in the body as well as the title", () => {
    expect(matchRule(rule({ keyword: "timeout" }), item({ title: "Slow", body: "Gateway timeout on every call" }))).toBe(true);
  });
});

describe("pickTeam", () => {
  it("lets the first matching rule in position order win, whatever the array order", () => {
    const broad = rule({ id: "broad", teamId: "team-orders", apiId: "api-orders", position: 2 });
    const narrow = rule({ id: "narrow", teamId: "team-payments", keyword: "refund", position: 1 });
    expect(pickTeam([broad, narrow], item(), "team-dx")).toEqual({ teamId: "team-payments", ruleId: "narrow" });
    expect(pickTeam([broad, narrow], item({ title: "Order list is empty", body: "" }), "team-dx")).toEqual({ teamId: "team-orders", ruleId: "broad" });
  });

  it("skips disabled rules", () => {
    const off = rule({ id: "off", teamId: "team-payments", apiId: "api-orders", position: 1, enabled: false });
    const on = rule({ id: "on", teamId: "team-orders", apiId: "api-orders", position: 2 });
    expect(pickTeam([off, on], item(), "team-dx")).toEqual({ teamId: "team-orders", ruleId: "on" });
  });

  it("sends an item no rule takes to the default team", () => {
    const other = rule({ apiId: "api-users" });
    expect(pickTeam([other], item(), "team-dx")).toEqual({ teamId: "team-dx", ruleId: null });
    expect(pickTeam([], item(), "team-dx")).toEqual({ teamId: "team-dx", ruleId: null });
  });
});

describe("normalizeOperationPattern", () => {
  it.each([
    ["post /orders*", "POST /orders*"],
    ["  GET    /pet/{petId} ", "GET /pet/{petId}"],
    ["/admin/*", "* /admin/*"],
    ["* *", "* *"],
  ])("%s → %s", (raw, pattern) => {
    expect(normalizeOperationPattern(raw)).toEqual({ ok: true, pattern });
  });

  it.each([
    ["FETCH /orders", /Unknown HTTP method "FETCH"/],
    ["GET orders", /must start with \//],
    ["GET /orders <script>", /method and a path/],
    ["GET /orders\"", /letters, digits/],
    [`GET /${"a".repeat(200)}`, /at most 200/],
    ["   ", /Give a pattern/],
  ])("refuses %s", (raw, message) => {
    const checked = normalizeOperationPattern(raw);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.message).toMatch(message);
  });
});

describe("routing rule input", () => {
  it("refuses a rule without any condition, with a message that says why", () => {
    const parsed = routingRuleCreateSchema.safeParse({ teamId: "team-dx", apiId: "", operationPattern: "  ", keyword: null });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.find((i) => i.path.join(".") === "conditions")?.message).toMatch(/at least one condition/);
  });

  it("stores normalized conditions and treats empty text as no condition", () => {
    const parsed = routingRuleCreateSchema.parse({ teamId: "team-dx", operationPattern: "post /orders*", keyword: "  rate   limit ", category: "bug", apiId: "" });
    expect(parsed).toEqual({ teamId: "team-dx", apiId: null, operationPattern: "POST /orders*", category: "bug", keyword: "rate limit", enabled: true });
  });

  it("keeps fields left out of an update, and clears those sent as null", () => {
    expect(routingRuleUpdateSchema.parse({ keyword: null, move: "up" })).toEqual({ keyword: null, move: "up" });
    expect(routingRuleUpdateSchema.safeParse({ move: "up", position: 2 }).success).toBe(false);
    expect(routingRuleUpdateSchema.safeParse({ category: "gossip" }).success).toBe(false);
  });

  it("refuses keywords with nothing to look for", () => {
    expect(checkKeyword("!!!")).toEqual({ ok: false, message: expect.stringMatching(/letter or digit/) });
    expect(checkKeyword("x".repeat(101))).toEqual({ ok: false, message: expect.stringMatching(/at most 100/) });
  });
});

describe("describeConditions", () => {
  it("says in words what a rule matches", () => {
    const words = describeConditions({ apiId: "api-orders", operationPattern: "POST /orders*", category: "feature_request", keyword: "refund" }, "Orders API");
    expect(words).toEqual([
      "the API is Orders API",
      "the operation matches POST /orders*",
      "the category is Feature request",
      "the title or text mentions “refund”",
    ]);
    expect(describeConditions({ apiId: null, operationPattern: "* /admin/*", category: null, keyword: null }, null)).toEqual(["the operation path matches /admin/*"]);
  });
});
