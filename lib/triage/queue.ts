import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { FeedbackKind, Priority, ReportVisibility, TriageCategory, TriageStatus } from "../generated/prisma/enums";
import type { Actor } from "../auth/authorize";
import { fromPrismaSql, query as runSql } from "../db/sql";
import { Invalid } from "../errors";
import { triageStaff } from "./access";
import { queueFilters } from "./queue-filters";
import type { QueueQuery, QueueSort } from "./queue-query";

/** One row of the triage queue. */
export type QueueRow = {
  id: string;
  number: number;
  kind: FeedbackKind;
  title: string;
  api: { slug: string; name: string } | null;
  versionLabel: string | null;
  operationSlug: string | null;
  category: TriageCategory | null;
  categoryConfidence: number | null;
  priority: Priority | null;
  status: TriageStatus;
  visibility: ReportVisibility;
  assignee: { id: string; name: string } | null;
  team: { slug: string; name: string } | null;
  labels: string[];
  slaStartedAt: Date;
  slaDueAt: Date | null;
  pausedAt: Date | null;
  pausedMinutes: number;
  firstResponseAt: Date | null;
  responseBreachedAt: Date | null;
  resolutionBreachedAt: Date | null;
  hypercare: boolean;
  /** The hypercare window's target factor (the SLA cell needs it), null outside a window. */
  hypercareFactor: number | null;
  /** The earlier item this one most likely repeats (found after intake), with the score. */
  possibleDuplicate: { number: number; score: number } | null;
  resolvedAt: Date | null;
  affectedCount: number;
  affectedApps: number;
  reportNumber: number | null;
  createdAt: Date;
  updatedAt: Date;
};

export type QueuePage = { items: QueueRow[]; nextCursor: string | null };

type SortKey = { column: string; direction: "ASC" | "DESC"; nullable: boolean; type: "timestamp" | "int" | "priority" };

// Every sort ends with the item number, so the order is total and the cursor is exact.
const SORTS: Record<QueueSort, SortKey[]> = {
  sla: [
    { column: "slaDueAt", direction: "ASC", nullable: true, type: "timestamp" },
    { column: "number", direction: "ASC", nullable: false, type: "int" },
  ],
  priority: [
    { column: "priority", direction: "ASC", nullable: true, type: "priority" },
    { column: "slaDueAt", direction: "ASC", nullable: true, type: "timestamp" },
    { column: "number", direction: "ASC", nullable: false, type: "int" },
  ],
  newest: [
    { column: "createdAt", direction: "DESC", nullable: false, type: "timestamp" },
    { column: "number", direction: "DESC", nullable: false, type: "int" },
  ],
  oldest: [
    { column: "createdAt", direction: "ASC", nullable: false, type: "timestamp" },
    { column: "number", direction: "ASC", nullable: false, type: "int" },
  ],
  updated: [
    { column: "updatedAt", direction: "DESC", nullable: false, type: "timestamp" },
    { column: "number", direction: "DESC", nullable: false, type: "int" },
  ],
  affected: [
    { column: "affectedCount", direction: "DESC", nullable: false, type: "int" },
    { column: "number", direction: "DESC", nullable: false, type: "int" },
  ],
};

const col = (key: SortKey, alias = "t") => Prisma.raw(`${alias}."${key.column}"`);

function typed(key: SortKey, value: string | number): Prisma.Sql {
  if (key.type === "timestamp") return Prisma.sql`${String(value)}::timestamp(3)`;
  if (key.type === "priority") return Prisma.sql`${String(value)}::"Priority"`;
  return Prisma.sql`${Number(value)}::int`;
}

/**
 * Rows that come after the cursor in this order; NULLs sort last in both directions. A run of
 * NOT NULL keys sorted the same way is one row comparison, `("createdAt","number") < ($1,$2)`,
 * which PostgreSQL answers from an index; the spelled-out OR form made it read the table
 * (docs/benchmarks.md §6).
 */
function afterCursor(keys: SortKey[], values: (string | number | null)[], from = 0): Prisma.Sql {
  const key = keys[from];
  if (!key) return Prisma.sql`FALSE`;
  const value = values[from] ?? null;
  if (!key.nullable) {
    let end = from;
    while (end < keys.length && !keys[end]!.nullable && keys[end]!.direction === key.direction) end++;
    const run = keys.slice(from, end);
    const columns = Prisma.join(run.map((k) => col(k)));
    const cursor = Prisma.join(run.map((k, n) => typed(k, values[from + n]!)));
    const beyond = key.direction === "ASC" ? Prisma.sql`(${columns}) > (${cursor})` : Prisma.sql`(${columns}) < (${cursor})`;
    if (end === keys.length) return beyond;
    return Prisma.sql`(${beyond} OR ((${columns}) = (${cursor}) AND ${afterCursor(keys, values, end)}))`;
  }
  // Past a NULL nothing sorts later in this column; past a value, greater values and the NULLs do.
  if (value === null) return Prisma.sql`(${col(key)} IS NULL AND ${afterCursor(keys, values, from + 1)})`;
  const beyond = key.direction === "ASC" ? Prisma.sql`${col(key)} > ${typed(key, value)}` : Prisma.sql`${col(key)} < ${typed(key, value)}`;
  return Prisma.sql`(${beyond} OR ${col(key)} IS NULL OR (${col(key)} = ${typed(key, value)} AND ${afterCursor(keys, values, from + 1)}))`;
}

/** NULLS LAST only where a key can be NULL: on a NOT NULL key it keeps PostgreSQL from scanning an index backwards. */
function orderBy(keys: SortKey[], alias = "t"): Prisma.Sql {
  return Prisma.raw(keys.map((k) => `${alias}."${k.column}" ${k.direction}${k.nullable ? " NULLS LAST" : ""}`).join(", "));
}

function encodeCursor(sort: QueueSort, values: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify([sort, ...values])).toString("base64url");
}

function decodeCursor(sort: QueueSort, cursor: string): (string | number | null)[] {
  try {
    const [cursorSort, ...values] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const keys = SORTS[sort];
    const fits =
      cursorSort === sort &&
      values.length === keys.length &&
      values.every((v, i) => (v === null ? keys[i]!.nullable : keys[i]!.type === "int" ? Number.isInteger(v) : typeof v === "string" && v.length < 40));
    if (fits) return values as (string | number | null)[];
  } catch {
    // fall through to the error below
  }
  throw new Invalid("This page link is out of date. Go back to the first page.", { after: ["Unknown or outdated cursor."] });
}

type RawRow = Omit<QueueRow, "api" | "assignee" | "team" | "hypercare" | "possibleDuplicate"> & {
  possible_duplicate_number: number | null;
  possible_duplicate_score: number | null;
  api_slug: string | null;
  api_name: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  team_slug: string | null;
  team_name: string | null;
  hypercare: boolean;
  cursor_values: (string | number | null)[];
};

/**
 * One page of the triage queue for staff, filtered and sorted as asked, with a keyset cursor to
 * the next page. Security items are left out unless the actor is security staff or an admin.
 */
export async function listQueue(actor: Actor | null, query: QueueQuery, now = new Date()): Promise<QueuePage> {
  const { staff, security } = triageStaff(actor);
  const keys = SORTS[query.sort];
  const where = queueFilters(query, { actorId: staff.id, security, now });
  if (query.after) where.push(afterCursor(keys, decodeCursor(query.sort, query.after)));
  const cursorValues = Prisma.raw(
    `json_build_array(${keys.map((k) => (k.type === "timestamp" ? `to_char(t."${k.column}", 'YYYY-MM-DD"T"HH24:MI:SS.MS')` : k.type === "priority" ? `t."${k.column}"::text` : `t."${k.column}"`)).join(", ")})`,
  );
  const rows = await runSql<RawRow>(fromPrismaSql(Prisma.sql`
    SELECT t."id", t."number", t."kind", t."title", t."versionLabel", t."operationSlug", t."category", t."categoryConfidence",
           t."priority", t."status", t."visibility", t."labels", t."slaStartedAt", t."slaDueAt", t."pausedAt", t."pausedMinutes",
           t."firstResponseAt", t."responseBreachedAt", t."resolutionBreachedAt", t."affectedCount", t."affectedApps",
           t."createdAt", t."updatedAt", t."hypercareWindowId" IS NOT NULL AS hypercare,
           t."resolvedAt", hw."factor" AS "hypercareFactor", pd."number" AS possible_duplicate_number, t."possibleDuplicateScore" AS possible_duplicate_score,
           a."slug" AS api_slug, a."name" AS api_name, u."id" AS assignee_id, coalesce(u."name", u."email") AS assignee_name,
           tm."slug" AS team_slug, tm."name" AS team_name, r."number" AS "reportNumber", ${cursorValues} AS cursor_values
    FROM (
      SELECT * FROM "TriageItem" t
      WHERE ${where.length ? Prisma.join(where, " AND ") : Prisma.sql`TRUE`}
      ORDER BY ${orderBy(keys)}
      LIMIT ${query.limit + 1}
    ) t
    LEFT JOIN "Api" a ON a."id" = t."apiId"
    LEFT JOIN "User" u ON u."id" = t."assigneeId"
    LEFT JOIN "Team" tm ON tm."id" = t."teamId"
    LEFT JOIN "IssueReport" r ON r."id" = t."reportId"
    LEFT JOIN "HypercareWindow" hw ON hw."id" = t."hypercareWindowId"
    LEFT JOIN "TriageItem" pd ON pd."id" = t."possibleDuplicateId"
    ORDER BY ${orderBy(keys)}`));
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  return {
    items: page.map(toQueueRow),
    nextCursor: more ? encodeCursor(query.sort, page[page.length - 1]!.cursor_values) : null,
  };
}

/** How many items match the filters, counted up to `cap` (the queue says "10,000+" beyond it). */
export async function countQueue(actor: Actor | null, query: QueueQuery, now = new Date(), cap = 10_000): Promise<{ count: number; capped: boolean }> {
  const { staff, security } = triageStaff(actor);
  const where = queueFilters(query, { actorId: staff.id, security, now });
  const [{ n }] = (await runSql<{ n: number }>(
    fromPrismaSql(Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM "TriageItem" t WHERE ${where.length ? Prisma.join(where, " AND ") : Prisma.sql`TRUE`} LIMIT ${cap + 1}) x`),
  )) as [{ n: number }];
  return { count: Math.min(n, cap), capped: n > cap };
}

function toQueueRow(row: RawRow): QueueRow {
  const { api_slug, api_name, assignee_id, assignee_name, team_slug, team_name, possible_duplicate_number, possible_duplicate_score, cursor_values: _cursor, ...rest } = row;
  return {
    ...rest,
    possibleDuplicate: possible_duplicate_number ? { number: possible_duplicate_number, score: possible_duplicate_score ?? 0 } : null,
    api: api_slug ? { slug: api_slug, name: api_name! } : null,
    assignee: assignee_id ? { id: assignee_id, name: assignee_name! } : null,
    team: team_slug ? { slug: team_slug, name: team_name! } : null,
  };
}
