import { Prisma } from "../generated/prisma/client";

// The SLA conditions the queue filters on and the overview counts, as SQL over TriageItem `t`.
// The target of a running clock is not stored: it is the span from the clock's start to its
// deadline less the minutes spent paused. That is exact for 24/7 clocks and close enough for a
// business-hours calendar, where nights stretch the span (an item shows as at risk a bit later).

/** A recorded breach, or a running clock past its deadline. */
export function breachedSql(now: Date): Prisma.Sql {
  return Prisma.sql`(t."responseBreachedAt" IS NOT NULL OR t."resolutionBreachedAt" IS NOT NULL OR t."slaDueAt" < ${now})`;
}

/** A running clock within `fraction` of its target and not yet past it. */
export function atRiskSql(now: Date, fraction = 0.2): Prisma.Sql {
  return Prisma.sql`(t."slaDueAt" >= ${now} AND t."responseBreachedAt" IS NULL AND t."resolutionBreachedAt" IS NULL
    AND t."slaDueAt" - ${now}::timestamp(3) <= (t."slaDueAt" - t."slaStartedAt" - make_interval(mins => t."pausedMinutes")) * ${fraction}::float8)`;
}
