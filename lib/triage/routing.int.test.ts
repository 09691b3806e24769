import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createPeople, type People } from "../../test/people";
import { systemActor } from "../auth/authorize";
import { importApiVersion } from "../catalog/import-version";
import { readSourceFromPath } from "../catalog/import/source-files";
import { db } from "../db";
import { Forbidden, Invalid, NotFound, Unauthenticated } from "../errors";
import { clearRoutingCache } from "./routing-cache";
import { createRoutingRule, deleteRoutingRule, listRoutingRules, moveRoutingRule, routeItem, updateRoutingRule, type RoutableItem } from "./routing";
import { createTeam, ensureDefaultTeam } from "./teams";

// Other test files share the database: every rule here names one of this file's own APIs, so it
// cannot take their items, and orders are checked among this file's rules only.

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const people = {} as People;
const petstore = () => readSourceFromPath(fileURLToPath(new URL("../../prisma/demo/openapi/petstore.yaml", import.meta.url)));
const ids = { orders: "", users: "", payments: "", support: "", platform: "" };

beforeAll(async () => {
  Object.assign(people, await createPeople(`routing-${tag}`));
  // Before this file's teams, so none of them becomes the default as the first team would.
  await ensureDefaultTeam();
  for (const api of ["orders", "users"] as const) {
    await importApiVersion(systemActor("test"), { api: `route-${api}-${tag}`, version: "v1" }, petstore());
    ids[api] = (await db.api.findUniqueOrThrow({ where: { slug: `route-${api}-${tag}` } })).id;
  }
  for (const team of ["payments", "support", "platform"] as const) {
    ids[team] = (await createTeam(people.admin, { name: `${team} ${tag}` })).id;
  }
}, 120_000);

const item = (overrides: Partial<RoutableItem> = {}): RoutableItem => ({
  apiId: ids.orders,
  method: "POST",
  path: "/pet",
  category: "bug",
  title: "Adding a pet answers 500",
  body: "Since this morning every call fails.",
  ...overrides,
});

/** This file's rules in the order intake tries them. */
async function myRuleIds(ruleIds: string[]): Promise<string[]> {
  return (await listRoutingRules(people.admin)).map((r) => r.id).filter((id) => ruleIds.includes(id));
}

describe("routing new items", () => {
  it("lets the first matching rule in order win, and follows the order when rules move", async () => {
    const narrow = await createRoutingRule(people.admin, { teamId: ids.payments, apiId: ids.orders, category: "bug" }, { ip: "203.0.113.20" });
    const broad = await createRoutingRule(people.admin, { teamId: ids.support, apiId: ids.orders });
    expect(await myRuleIds([narrow.id, broad.id])).toEqual([narrow.id, broad.id]);
    expect(await routeItem(item())).toEqual({ teamId: ids.payments, ruleId: narrow.id });
    expect(await routeItem(item({ category: "question" }))).toEqual({ teamId: ids.support, ruleId: broad.id });

    // Other test files' rules may sit between the two: the first move takes narrow's place in the full list.
    const narrowPosition = (await listRoutingRules(people.admin)).find((r) => r.id === narrow.id)!.position;
    await moveRoutingRule(people.admin, broad.id, narrowPosition);
    expect(await myRuleIds([narrow.id, broad.id])).toEqual([broad.id, narrow.id]);
    expect(await routeItem(item())).toEqual({ teamId: ids.support, ruleId: broad.id });
    const move = await db.auditLog.findFirstOrThrow({ where: { action: "routing_rule.move", targetId: broad.id } });
    expect(move.data).toMatchObject({ to: narrowPosition });

    // Now next to each other, one step down and one step up swap them.
    await moveRoutingRule(people.admin, broad.id, "down");
    expect(await myRuleIds([narrow.id, broad.id])).toEqual([narrow.id, broad.id]);
    expect(await routeItem(item())).toEqual({ teamId: ids.payments, ruleId: narrow.id });
    await moveRoutingRule(people.admin, broad.id, "up");
    expect(await routeItem(item())).toEqual({ teamId: ids.support, ruleId: broad.id });

    await deleteRoutingRule(people.admin, broad.id);
    await deleteRoutingRule(people.admin, narrow.id);
    expect(await db.auditLog.findFirst({ where: { action: "routing_rule.create", targetId: narrow.id } })).toMatchObject({ actorId: people.admin.id, ip: "203.0.113.20" });
  });

  it("moves a rule to a chosen position", async () => {
    const rules = [];
    for (const keyword of ["alpha", "beta", "gamma"]) rules.push(await createRoutingRule(people.admin, { teamId: ids.platform, apiId: ids.users, keyword: `${keyword}${tag}` }));
    const [alpha, beta, gamma] = rules.map((r) => r.id) as [string, string, string];
    await updateRoutingRule(people.admin, gamma, { position: 1 });
    expect(await myRuleIds([alpha, beta, gamma])).toEqual([gamma, alpha, beta]);
    // Rules of other test files may sit between these: positions are read from the full list.
    const betaPosition = (await listRoutingRules(people.admin)).find((r) => r.id === beta)!.position;
    const moved = await updateRoutingRule(people.admin, gamma, { position: betaPosition });
    expect(moved.position).toBe(betaPosition);
    expect(await myRuleIds([alpha, beta, gamma])).toEqual([alpha, beta, gamma]);
    for (const id of [alpha, beta, gamma]) await deleteRoutingRule(people.admin, id);
  });

  it("skips disabled rules", async () => {
    const first = await createRoutingRule(people.admin, { teamId: ids.payments, apiId: ids.users, category: "performance" });
    const second = await createRoutingRule(people.admin, { teamId: ids.support, apiId: ids.users, category: "performance" });
    const slow = item({ apiId: ids.users, category: "performance" });
    expect((await routeItem(slow)).ruleId).toBe(first.id);
    const disabled = await updateRoutingRule(people.admin, first.id, { enabled: false });
    expect(disabled.enabled).toBe(false);
    expect(await routeItem(slow)).toEqual({ teamId: ids.support, ruleId: second.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "routing_rule.update", targetId: first.id } });
    expect(audit.data).toMatchObject({ changed: ["enabled"], before: { enabled: true }, after: { enabled: false } });
    await deleteRoutingRule(people.admin, first.id);
    await deleteRoutingRule(people.admin, second.id);
  });

  it("matches operation patterns and whole-word keywords", async () => {
    const writes = await createRoutingRule(people.admin, { teamId: ids.platform, apiId: ids.users, operationPattern: "post /pet*" });
    const keyword = await createRoutingRule(people.admin, { teamId: ids.payments, apiId: ids.users, keyword: "Refund" });
    expect(writes.operationPattern).toBe("POST /pet*");
    expect(await routeItem(item({ apiId: ids.users, method: "post", path: "/pet/{petId}/uploadImage" }))).toEqual({ teamId: ids.platform, ruleId: writes.id });
    expect(await routeItem(item({ apiId: ids.users, method: "GET", path: "/pet/{petId}", body: "Please refund me" }))).toEqual({ teamId: ids.payments, ruleId: keyword.id });
    expect((await routeItem(item({ apiId: ids.users, method: "GET", path: "/pet/{petId}", body: "We were refunded twice" }))).ruleId).toBeNull();
    await deleteRoutingRule(people.admin, writes.id);
    await deleteRoutingRule(people.admin, keyword.id);
  });

  it("sends an item no rule takes to the default team", async () => {
    await createRoutingRule(people.admin, { teamId: ids.payments, apiId: ids.orders, keyword: `only${tag}` }).then((r) => deleteRoutingRule(people.admin, r.id));
    // The teams test may move the default for a moment: the item must land in the default of that moment.
    const before = (await ensureDefaultTeam()).id;
    const decision = await routeItem(item({ apiId: `no-rules-${tag}` }));
    const after = (await ensureDefaultTeam()).id;
    expect(decision.ruleId).toBeNull();
    expect([before, after]).toContain(decision.teamId);
    expect([ids.payments, ids.support, ids.platform]).not.toContain(decision.teamId);
  });

  it("uses a copy of the rules for a while, and a fresh one as soon as a rule changes", async () => {
    const quiet = item({ apiId: ids.users, title: `Cache check ${tag}`, body: "", method: null, path: null, category: null });
    clearRoutingCache(); // a fresh copy, so it cannot expire during the test
    expect((await routeItem(quiet)).ruleId).toBeNull();
    // Written behind the domain's back, as another instance would: this instance does not see it yet.
    const sneaked = await db.routingRule.create({ data: { teamId: ids.support, apiId: ids.users, keyword: `Cache check ${tag}`, position: 1_000_000 } });
    expect((await routeItem(quiet)).ruleId).toBeNull();
    const other = await createRoutingRule(people.admin, { teamId: ids.platform, apiId: ids.orders, keyword: `unrelated${tag}` });
    expect(await routeItem(quiet)).toEqual({ teamId: ids.support, ruleId: sneaked.id });
    await deleteRoutingRule(people.admin, other.id);
    await deleteRoutingRule(people.admin, sneaked.id);
    expect((await routeItem(quiet)).ruleId).toBeNull();
  });
});

describe("checking rules", () => {
  const fieldErrorsOf = (promise: Promise<unknown>) =>
    promise.then(
      () => ({}),
      (error: unknown) => {
        expect(error).toBeInstanceOf(Invalid);
        return (error as Invalid).fieldErrors;
      },
    );

  it("explains each problem on its field", async () => {
    expect(await fieldErrorsOf(createRoutingRule(people.admin, { teamId: ids.support }))).toEqual({ conditions: [expect.stringMatching(/at least one condition/)] });
    expect(await fieldErrorsOf(createRoutingRule(people.admin, { teamId: ids.support, operationPattern: "FETCH /pet" }))).toEqual({ operationPattern: [expect.stringMatching(/Unknown HTTP method "FETCH"/)] });
    expect(await fieldErrorsOf(createRoutingRule(people.admin, { teamId: ids.support, operationPattern: `GET /${"p".repeat(200)}` }))).toEqual({ operationPattern: ["The operation pattern can be at most 200 characters."] });
    expect(await fieldErrorsOf(createRoutingRule(people.admin, { teamId: ids.support, category: "gossip" }))).toEqual({ category: [expect.stringMatching(/must be one of: bug/)] });
    expect(await fieldErrorsOf(createRoutingRule(people.admin, { teamId: "no-such-team", apiId: "no-such-api" }))).toEqual({
      teamId: [expect.stringMatching(/No team with this id/)],
      apiId: [expect.stringMatching(/No API with this id/)],
    });
  });

  it("refuses an update that would leave a rule without conditions", async () => {
    const rule = await createRoutingRule(people.admin, { teamId: ids.support, apiId: ids.orders, keyword: `edit${tag}` });
    expect(await fieldErrorsOf(updateRoutingRule(people.admin, rule.id, { apiId: null, keyword: "" }))).toEqual({ conditions: [expect.stringMatching(/at least one condition/)] });
    const edited = await updateRoutingRule(people.admin, rule.id, { keyword: null, teamId: ids.platform });
    expect(edited).toMatchObject({ keyword: null, apiId: ids.orders, team: { id: ids.platform } });
    expect(edited.conditions).toEqual([`the API is ${edited.api?.name}`]);
    await deleteRoutingRule(people.admin, rule.id);
    await expect(updateRoutingRule(people.admin, rule.id, { enabled: false })).rejects.toBeInstanceOf(NotFound);
    await expect(deleteRoutingRule(people.admin, rule.id)).rejects.toBeInstanceOf(NotFound);
    expect(await db.auditLog.count({ where: { action: "routing_rule.delete", targetId: rule.id } })).toBe(1);
  });
});

describe("who may do what", () => {
  it("lets staff read the rules and nobody else", async () => {
    await expect(listRoutingRules(people.triager)).resolves.toBeInstanceOf(Array);
    await expect(listRoutingRules(people.security)).resolves.toBeInstanceOf(Array);
    await expect(listRoutingRules(people.developer)).rejects.toBeInstanceOf(NotFound);
    await expect(listRoutingRules(null)).rejects.toBeInstanceOf(Unauthenticated);
  });

  it.each([
    ["a triager", "triager", Forbidden],
    ["a security engineer", "security", Forbidden],
    ["a developer", "developer", NotFound],
    ["a partner", "partner", NotFound],
  ] as const)("refuses every change by %s", async (_label, role, error) => {
    const rule = await createRoutingRule(people.admin, { teamId: ids.support, apiId: ids.users, keyword: `guard${role}${tag}` });
    const actor = people[role];
    await expect(createRoutingRule(actor, { teamId: ids.support, apiId: ids.users })).rejects.toBeInstanceOf(error);
    await expect(updateRoutingRule(actor, rule.id, { enabled: false })).rejects.toBeInstanceOf(error);
    await expect(moveRoutingRule(actor, rule.id, "up")).rejects.toBeInstanceOf(error);
    await expect(deleteRoutingRule(actor, rule.id)).rejects.toBeInstanceOf(error);
    expect(await db.routingRule.findUniqueOrThrow({ where: { id: rule.id } })).toMatchObject({ enabled: true, teamId: ids.support });
    expect(await db.auditLog.count({ where: { targetId: rule.id } })).toBe(1);
    await deleteRoutingRule(people.admin, rule.id);
  });
});
