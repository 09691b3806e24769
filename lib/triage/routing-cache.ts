import "server-only";
import { db } from "../db";
import { configCache } from "./config-cache";
import type { RoutingRuleForMatch } from "./routing-match";

// The routing rules and the default team as intake reads them, kept 30 s. Its own module so that
// team changes (lib/triage/teams.ts) can clear it without importing the routing module.

export type RoutingConfig = { rules: RoutingRuleForMatch[]; defaultTeamId: string | null };

const CACHE_MS = 30_000;

const routingCache = configCache<RoutingConfig>(CACHE_MS, async () => {
  const [rules, defaultTeam] = await Promise.all([
    db.routingRule.findMany({
      orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, teamId: true, apiId: true, operationPattern: true, category: true, keyword: true, enabled: true, position: true },
    }),
    db.team.findFirst({ where: { isDefault: true }, select: { id: true } }),
  ]);
  return { rules, defaultTeamId: defaultTeam?.id ?? null };
});

export function loadRoutingConfig(): Promise<RoutingConfig> {
  return routingCache.get();
}

export function clearRoutingCache(): void {
  routingCache.clear();
}
