import "server-only";
import { recordAudit } from "../audit/record";
import { requireRole, requireStaff, type Actor } from "../auth/authorize";
import { db, type Db, type Tx } from "../db";
import { Invalid, NotFound } from "../errors";
import { fieldErrorsOf } from "../validation";
import { ROUTING_RULE_NEEDS_CONDITION, routingRuleCreateSchema, routingRuleUpdateSchema } from "./config-schemas";
import { lockTriageConfig } from "./config-lock";
import { clearRoutingCache, loadRoutingConfig } from "./routing-cache";
import { describeConditions, hasCondition, pickTeam, type RoutableItem, type RoutingConditions, type RoutingDecision, type RoutingRuleForMatch } from "./routing-match";
import { ensureDefaultTeam } from "./teams";

// Routing rules send new feedback to a team: tried in order, the first whose every condition holds
// wins, and an item no rule takes lands in the default team. Staff read the rules; admins change them.

export { matchRule, pickTeam, type RoutableItem, type RoutingDecision, type RoutingRuleForMatch } from "./routing-match";

type Context = { ip?: string | null };

export type RoutingRuleSummary = RoutingConditions & {
  id: string;
  /** 1 is tried first. */
  position: number;
  enabled: boolean;
  team: { id: string; slug: string; name: string };
  api: { id: string; slug: string; name: string } | null;
  /** The conditions in words, e.g. ["the API is Petstore", "the category is Bug"]. */
  conditions: string[];
  createdAt: Date;
};

/** The enabled and disabled rules in the order intake tries them; at most 30 s old on other instances. */
export async function loadRoutingRules(): Promise<RoutingRuleForMatch[]> {
  return (await loadRoutingConfig()).rules;
}

/** The team a new item goes to, and the rule that sent it there (null: the default team took it). */
export async function routeItem(item: RoutableItem): Promise<RoutingDecision> {
  const { rules, defaultTeamId } = await loadRoutingConfig();
  return pickTeam(rules, item, defaultTeamId ?? (await ensureDefaultTeam()).id);
}

const RULE_SELECT = {
  id: true,
  position: true,
  enabled: true,
  apiId: true,
  operationPattern: true,
  category: true,
  keyword: true,
  createdAt: true,
  team: { select: { id: true, slug: true, name: true } },
  api: { select: { id: true, slug: true, name: true } },
} as const;

async function orderedRules(client: Db | Tx): Promise<RoutingRuleSummary[]> {
  const rows = await client.routingRule.findMany({ orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }], select: RULE_SELECT });
  return rows.map((row, index) => ({ ...row, position: index + 1, conditions: describeConditions(row, row.api?.name ?? null) }));
}

/** Every rule in the order intake tries them, with its conditions in words. Any staff member may read them. */
export async function listRoutingRules(actor: Actor | null): Promise<RoutingRuleSummary[]> {
  requireStaff(actor);
  return orderedRules(db);
}

async function checkReferences(tx: Tx, rule: { teamId: string; apiId: string | null }): Promise<void> {
  const team = await tx.team.findUnique({ where: { id: rule.teamId }, select: { id: true } });
  const api = rule.apiId ? await tx.api.findUnique({ where: { id: rule.apiId }, select: { id: true } }) : null;
  const errors: Record<string, string[]> = {};
  if (!team) errors.teamId = ["No team with this id: choose one of the teams."];
  if (rule.apiId && !api) errors.apiId = ["No API with this id: choose one of the APIs in the catalog."];
  if (Object.keys(errors).length) throw new Invalid("Check the routing rule.", errors);
}

const auditFields = (rule: RoutingConditions & { teamId: string; enabled: boolean }) => ({
  teamId: rule.teamId,
  apiId: rule.apiId,
  operationPattern: rule.operationPattern,
  category: rule.category,
  keyword: rule.keyword,
  enabled: rule.enabled,
});

async function summaryOf(tx: Tx, ruleId: string): Promise<RoutingRuleSummary> {
  const rule = (await orderedRules(tx)).find((r) => r.id === ruleId);
  if (!rule) throw new NotFound("No routing rule with this id.");
  return rule;
}

/** Adds a rule at the end of the order. Admins only; audited. */
export async function createRoutingRule(actor: Actor | null, input: unknown, context: Context = {}): Promise<RoutingRuleSummary> {
  const admin = requireRole(actor, "admin");
  const parsed = routingRuleCreateSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the routing rule.", fieldErrorsOf(parsed.error));
  const rule = parsed.data;
  const created = await db.$transaction(async (tx) => {
    await lockTriageConfig(tx, "routing");
    await checkReferences(tx, rule);
    const last = await tx.routingRule.aggregate({ _max: { position: true } });
    const row = await tx.routingRule.create({ data: { ...rule, position: (last._max.position ?? 0) + 1 }, select: { id: true } });
    await recordAudit(tx, { actor: admin, action: "routing_rule.create", target: { type: "routing_rule", id: row.id }, data: auditFields(rule), ip: context.ip });
    return summaryOf(tx, row.id);
  });
  clearRoutingCache();
  return created;
}

/** Stores positions 1..n in the given order, writing only the rules whose position changed. */
async function storeOrder(tx: Tx, ids: string[], current: Map<string, number>): Promise<void> {
  for (const [index, id] of ids.entries()) {
    if (current.get(id) !== index + 1) await tx.routingRule.update({ where: { id }, data: { position: index + 1 } });
  }
}

/** Moves a rule one place up or down, or to a 1-based position (clamped to the list). */
async function moveRule(tx: Tx, ruleId: string, target: "up" | "down" | number): Promise<{ from: number; to: number }> {
  const rows = await tx.routingRule.findMany({ orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }], select: { id: true, position: true } });
  const ids = rows.map((r) => r.id);
  const from = ids.indexOf(ruleId);
  const wanted = target === "up" ? from - 1 : target === "down" ? from + 1 : target - 1;
  const to = Math.min(Math.max(wanted, 0), ids.length - 1);
  ids.splice(from, 1);
  ids.splice(to, 0, ruleId);
  await storeOrder(tx, ids, new Map(rows.map((r) => [r.id, r.position])));
  return { from: from + 1, to: to + 1 };
}

/**
 * Changes a rule's team, conditions or enabled flag, and/or moves it (`move: "up" | "down"` or
 * `position`). Fields left out keep their value. Admins only; audited.
 */
export async function updateRoutingRule(actor: Actor | null, ruleId: string, input: unknown, context: Context = {}): Promise<RoutingRuleSummary> {
  const admin = requireRole(actor, "admin");
  const parsed = routingRuleUpdateSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the routing rule.", fieldErrorsOf(parsed.error));
  const { move, position, ...changes } = parsed.data;
  const updated = await db.$transaction(async (tx) => {
    await lockTriageConfig(tx, "routing");
    const before = await tx.routingRule.findUnique({
      where: { id: ruleId },
      select: { teamId: true, apiId: true, operationPattern: true, category: true, keyword: true, enabled: true },
    });
    if (!before) throw new NotFound("No routing rule with this id.");
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<typeof before>;
    const after = { ...before, ...defined };
    if (!hasCondition(after)) throw new Invalid("Check the routing rule.", { conditions: [ROUTING_RULE_NEEDS_CONDITION] });
    const changed = (Object.keys(defined) as (keyof typeof before)[]).filter((k) => before[k] !== after[k]);
    if (changed.length) {
      await checkReferences(tx, after);
      await tx.routingRule.update({ where: { id: ruleId }, data: defined });
      await recordAudit(tx, {
        actor: admin,
        action: "routing_rule.update",
        target: { type: "routing_rule", id: ruleId },
        data: { changed, before: auditFields(before), after: auditFields(after) },
        ip: context.ip,
      });
    }
    const target = move ?? position;
    if (target !== undefined) {
      const moved = await moveRule(tx, ruleId, target);
      if (moved.from !== moved.to) {
        await recordAudit(tx, { actor: admin, action: "routing_rule.move", target: { type: "routing_rule", id: ruleId }, data: moved, ip: context.ip });
      }
    }
    return summaryOf(tx, ruleId);
  });
  clearRoutingCache();
  return updated;
}

/** Moves a rule one place up or down, or to a 1-based position. */
export function moveRoutingRule(actor: Actor | null, ruleId: string, target: "up" | "down" | number, context: Context = {}): Promise<RoutingRuleSummary> {
  return updateRoutingRule(actor, ruleId, typeof target === "number" ? { position: target } : { move: target }, context);
}

export async function deleteRoutingRule(actor: Actor | null, ruleId: string, context: Context = {}): Promise<void> {
  const admin = requireRole(actor, "admin");
  await db.$transaction(async (tx) => {
    await lockTriageConfig(tx, "routing");
    const rule = await tx.routingRule.findUnique({
      where: { id: ruleId },
      select: { teamId: true, apiId: true, operationPattern: true, category: true, keyword: true, enabled: true },
    });
    if (!rule) throw new NotFound("No routing rule with this id.");
    await tx.routingRule.delete({ where: { id: ruleId } });
    await recordAudit(tx, { actor: admin, action: "routing_rule.delete", target: { type: "routing_rule", id: ruleId }, data: auditFields(rule), ip: context.ip });
  });
  clearRoutingCache();
}
