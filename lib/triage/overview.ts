import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { FeedbackKind, Priority, TriageStatus } from "../generated/prisma/enums";
import type { Actor } from "../auth/authorize";
import { db } from "../db";
import { NotFound } from "../errors";
import { lowestRatedPages, ratingStats, type RatedPage } from "../feedback/ratings-stats";
import { triageStaff } from "./access";
import { queueFilters } from "./queue-filters";
import { PRIORITIES } from "./priority";
import { FEEDBACK_KINDS, OPEN_STATUSES } from "./queue-query";
import { atRiskSql, breachedSql } from "./sla-sql";

// The staff overview at /admin: a handful of aggregate queries over TriageItem, run in parallel.
// Each figure counts exactly what its link into the queue lists: the visibility and API conditions
// come from the queue's own filters, breached and at-risk from sla-sql.ts (whose at-risk target is
// an approximation under a business-hours calendar). Security items exist only for security staff
// and admins.

export type OpenStatus = (typeof OPEN_STATUSES)[number];
export type PriorityOrNone = Priority | "none";

export const INCOMING_DAYS = 30;
const TOP = 5;
/** Pages need this many votes before they count among the lowest rated (the ratings page's default). */
const MIN_VOTES = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

export type OldestOpenItem = {
  number: number;
  title: string;
  kind: FeedbackKind;
  status: TriageStatus;
  priority: Priority | null;
  createdAt: Date;
};

export type IncomingDay = {
  /** UTC day, "2026-11-27". */
  day: string;
  total: number;
  byKind: Record<FeedbackKind, number>;
};

/** Median wall-clock minutes from filing, over the items first answered (or resolved) in the last 7 or 30 days; null when there were none. */
export type MedianMinutes = { days7: number | null; days30: number | null };

export type TopOperation = {
  api: { slug: string; name: string };
  operationSlug: string;
  /** The versions its open items were filed against. */
  versions: string[];
  /** From the newest imported version that still has the operation; null if none has. */
  method: string | null;
  path: string | null;
  summary: string | null;
  open: number;
};

export type TriageOverview = {
  now: Date;
  /** The API the overview is narrowed to, or null for every API. */
  api: { slug: string; name: string } | null;
  /** False when the actor can see no item at all (in scope): the page shows its empty state. */
  hasItems: boolean;
  open: {
    total: number;
    byPriority: Record<PriorityOrNone, number>;
    byStatus: Record<OpenStatus, number>;
    breached: number;
    atRisk: number;
  };
  oldestOpen: OldestOpenItem[];
  /** The last 30 UTC days, oldest first, today last; days without items count 0. */
  incoming: IncomingDay[];
  medianFirstResponse: MedianMinutes;
  medianResolution: MedianMinutes;
  topOperations: TopOperation[];
  lowestRatedPages: RatedPage[];
};

const openStatusesSql = Prisma.sql`t."status" = ANY(${[...OPEN_STATUSES]}::"TriageStatus"[])`;

const and = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`);

const startOfUtcDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

type OpenRow = { status: OpenStatus; priority: Priority | null; n: number; breached: number; at_risk: number };

async function openCounts(scope: Prisma.Sql[], now: Date): Promise<TriageOverview["open"]> {
  // One pass over the open items (index on status, priority, slaDueAt) gives every open figure.
  const rows = await db.$queryRaw<OpenRow[]>`
    SELECT t."status"::text AS status, t."priority"::text AS priority, count(*)::int AS n,
           (count(*) FILTER (WHERE ${breachedSql(now)}))::int AS breached,
           (count(*) FILTER (WHERE ${atRiskSql(now)}))::int AS at_risk
    FROM "TriageItem" t
    WHERE ${and([...scope, openStatusesSql])}
    GROUP BY t."status", t."priority"`;
  const byPriority = Object.fromEntries([...PRIORITIES, "none"].map((p) => [p, 0])) as Record<PriorityOrNone, number>;
  const byStatus = Object.fromEntries(OPEN_STATUSES.map((s) => [s, 0])) as Record<OpenStatus, number>;
  let total = 0;
  let breached = 0;
  let atRisk = 0;
  for (const row of rows) {
    byPriority[row.priority ?? "none"] += row.n;
    byStatus[row.status] += row.n;
    total += row.n;
    breached += row.breached;
    atRisk += row.at_risk;
  }
  return { total, byPriority, byStatus, breached, atRisk };
}

function oldestOpen(scope: Prisma.Sql[]): Promise<OldestOpenItem[]> {
  return db.$queryRaw<OldestOpenItem[]>`
    SELECT t."number", t."title", t."kind"::text AS kind, t."status"::text AS status, t."priority"::text AS priority, t."createdAt"
    FROM "TriageItem" t
    WHERE ${and([...scope, openStatusesSql])}
    ORDER BY t."createdAt" ASC, t."number" ASC
    LIMIT ${TOP}`;
}

type IncomingRow = { day: string; kind: FeedbackKind; n: number };

async function incomingPerDay(scope: Prisma.Sql[], now: Date): Promise<IncomingDay[]> {
  const tomorrow = new Date(startOfUtcDay(now).getTime() + DAY_MS);
  const first = new Date(tomorrow.getTime() - INCOMING_DAYS * DAY_MS);
  const rows = await db.$queryRaw<IncomingRow[]>`
    SELECT to_char(date_trunc('day', t."createdAt"), 'YYYY-MM-DD') AS day, t."kind"::text AS kind, count(*)::int AS n
    FROM "TriageItem" t
    WHERE ${and([...scope, Prisma.sql`t."createdAt" >= ${first} AND t."createdAt" < ${tomorrow}`])}
    GROUP BY date_trunc('day', t."createdAt"), t."kind"`;
  const days: IncomingDay[] = Array.from({ length: INCOMING_DAYS }, (_, i) => ({
    day: new Date(first.getTime() + i * DAY_MS).toISOString().slice(0, 10),
    total: 0,
    byKind: Object.fromEntries(FEEDBACK_KINDS.map((k) => [k, 0])) as Record<FeedbackKind, number>,
  }));
  const byDay = new Map(days.map((d) => [d.day, d]));
  for (const row of rows) {
    const day = byDay.get(row.day);
    if (!day) continue;
    day.byKind[row.kind] += row.n;
    day.total += row.n;
  }
  return days;
}

type MedianRow = { response7: number | null; response30: number | null; resolution7: number | null; resolution30: number | null };

async function medians(scope: Prisma.Sql[], now: Date): Promise<Pick<TriageOverview, "medianFirstResponse" | "medianResolution">> {
  const since7 = new Date(now.getTime() - 7 * DAY_MS);
  const since30 = new Date(now.getTime() - 30 * DAY_MS);
  // date_part gives a float; extract() gives numeric, several times slower to sort over many rows.
  const minutes = (column: string) => Prisma.raw(`date_part('epoch', t."${column}" - t."createdAt") / 60`);
  const within = (column: string, since: Date) => Prisma.sql`${Prisma.raw(`t."${column}"`)} >= ${since} AND ${Prisma.raw(`t."${column}"`)} <= ${now}`;
  const median = (column: string, since: Date) =>
    Prisma.sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${minutes(column)}) FILTER (WHERE ${within(column, since)})`;
  // Responding or resolving is an update, so updatedAt is never older than either: the updatedAt
  // index narrows the scan to the last 30 days' changes instead of every item.
  const [row] = await db.$queryRaw<MedianRow[]>`
    SELECT ${median("firstResponseAt", since7)} AS response7, ${median("firstResponseAt", since30)} AS response30,
           ${median("resolvedAt", since7)} AS resolution7, ${median("resolvedAt", since30)} AS resolution30
    FROM "TriageItem" t
    WHERE ${and([...scope, Prisma.sql`t."updatedAt" >= ${since30}`, Prisma.sql`(${within("firstResponseAt", since30)} OR ${within("resolvedAt", since30)})`])}`;
  const value = (v: number | null | undefined) => (v === null || v === undefined ? null : Number(v));
  return {
    medianFirstResponse: { days7: value(row?.response7), days30: value(row?.response30) },
    medianResolution: { days7: value(row?.resolution7), days30: value(row?.resolution30) },
  };
}

type TopOperationRow = {
  api_slug: string;
  api_name: string;
  operation: string;
  versions: string[] | null;
  method: string | null;
  path: string | null;
  summary: string | null;
  n: number;
};

async function topOperations(scope: Prisma.Sql[]): Promise<TopOperation[]> {
  // Grouped by API and operation across versions: the queue filters by API and operation, so the
  // count is what the link shows.
  const rows = await db.$queryRaw<TopOperationRow[]>`
    WITH per_version AS (
      SELECT t."apiId", t."operationSlug", t."versionLabel", count(*) AS n
      FROM "TriageItem" t
      WHERE ${and([...scope, openStatusesSql, Prisma.sql`t."apiId" IS NOT NULL AND t."operationSlug" IS NOT NULL`])}
      GROUP BY t."apiId", t."operationSlug", t."versionLabel"
    ), top AS (
      -- Counted per version first: a hash aggregate, where collecting the versions directly would sort every open item.
      SELECT "apiId", "operationSlug", sum(n)::int AS n,
             array_agg("versionLabel" ORDER BY "versionLabel") FILTER (WHERE "versionLabel" IS NOT NULL) AS versions
      FROM per_version
      GROUP BY "apiId", "operationSlug"
      ORDER BY n DESC, "apiId", "operationSlug"
      LIMIT ${TOP}
    )
    SELECT a."slug" AS api_slug, a."name" AS api_name, top."operationSlug" AS operation, top.versions, top.n,
           op."method", op."path", op."summary"
    FROM top
    JOIN "Api" a ON a."id" = top."apiId"
    LEFT JOIN LATERAL (
      SELECT o."method", o."path", o."summary"
      FROM "Operation" o JOIN "ApiVersion" v ON v."id" = o."versionId"
      WHERE v."apiId" = top."apiId" AND o."slug" = top."operationSlug"
      ORDER BY v."importedAt" DESC
      LIMIT 1
    ) op ON TRUE
    ORDER BY top.n DESC, a."slug", top."operationSlug"`;
  return rows.map((row) => ({
    api: { slug: row.api_slug, name: row.api_name },
    operationSlug: row.operation,
    versions: row.versions ?? [],
    method: row.method,
    path: row.path,
    summary: row.summary,
    open: row.n,
  }));
}

async function lowestRated(staff: Actor, api: string | undefined): Promise<RatedPage[]> {
  if (!api) return lowestRatedPages(staff, { limit: TOP, comments: 0, minVotes: MIN_VOTES });
  // One API's rated pages are few (its operations × versions): ranking them here is cheap.
  const pages = await ratingStats(staff, { api, comments: 0, limit: 500 });
  return pages
    .filter((page) => page.votes >= MIN_VOTES)
    .sort((a, b) => a.helpful / a.votes - b.helpful / b.votes || b.votes - a.votes || a.pagePath.localeCompare(b.pagePath))
    .slice(0, TOP);
}

/**
 * The triage overview for staff (404 for everyone else), across every API or narrowed to one API
 * by its slug. Security items count only for security staff and admins.
 */
export async function triageOverview(actor: Actor | null, now = new Date(), scope: { api?: string } = {}): Promise<TriageOverview> {
  const { staff, security } = triageStaff(actor);
  const api = scope.api ? await db.api.findUnique({ where: { slug: scope.api }, select: { slug: true, name: true } }) : null;
  if (scope.api && !api) throw new NotFound("No API has this name.");
  const base = queueFilters({ api: api?.slug }, { actorId: staff.id, security, now });

  const [exists, open, oldest, incoming, median, operations, pages] = await Promise.all([
    db.$queryRaw<{ any: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "TriageItem" t WHERE ${and(base)}) AS any`,
    openCounts(base, now),
    oldestOpen(base),
    incomingPerDay(base, now),
    medians(base, now),
    topOperations(base),
    lowestRated(staff, api?.slug),
  ]);
  return {
    now,
    api,
    hasItems: exists[0]?.any ?? false,
    open,
    oldestOpen: oldest,
    incoming,
    ...median,
    topOperations: operations,
    lowestRatedPages: pages,
  };
}

/** The APIs the overview can be narrowed to, by name (staff see every visibility). */
export async function overviewApiChoices(actor: Actor | null): Promise<{ slug: string; name: string }[]> {
  triageStaff(actor);
  return db.api.findMany({ orderBy: [{ name: "asc" }, { slug: "asc" }], select: { slug: true, name: true } });
}
