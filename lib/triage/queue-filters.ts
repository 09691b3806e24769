import { Prisma } from "../generated/prisma/client";
import { atRiskSql, breachedSql } from "./sla-sql";
import type { QueueQuery } from "./queue-query";

type FilterContext = { actorId: string; security: boolean; now: Date };

const ITEM_NUMBER = /^t-?(\d{1,9})$/i;
const REPORT_NUMBER = /^#(\d{1,9})$/;

/** The WHERE conditions (over TriageItem `t`) of a queue query; security items only for those who may see them. */
export function queueFilters(query: Omit<QueueQuery, "sort" | "after" | "limit">, { actorId, security, now }: FilterContext): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (!security) where.push(Prisma.sql`t."visibility" <> 'security'`);
  // Compared as enum arrays, not as text, so PostgreSQL can use the indexes on these columns.
  if (query.kind?.length) where.push(Prisma.sql`t."kind" = ANY(${query.kind}::"FeedbackKind"[])`);
  if (query.status?.length) where.push(Prisma.sql`t."status" = ANY(${query.status}::"TriageStatus"[])`);
  if (query.priority?.length) where.push(withNone(Prisma.raw(`t."priority"`), Prisma.raw(`"Priority"`), query.priority));
  if (query.category?.length) where.push(withNone(Prisma.raw(`t."category"`), Prisma.raw(`"TriageCategory"`), query.category));
  if (query.api) where.push(Prisma.sql`t."apiId" = (SELECT "id" FROM "Api" WHERE "slug" = ${query.api})`);
  if (query.operation) where.push(Prisma.sql`t."operationSlug" = ${query.operation}`);
  if (query.assignee === "none") where.push(Prisma.sql`t."assigneeId" IS NULL`);
  else if (query.assignee) where.push(Prisma.sql`t."assigneeId" = ${query.assignee === "me" ? actorId : query.assignee}`);
  if (query.team === "none") where.push(Prisma.sql`t."teamId" IS NULL`);
  else if (query.team) where.push(Prisma.sql`t."teamId" = (SELECT "id" FROM "Team" WHERE "slug" = ${query.team})`);
  if (query.label) where.push(Prisma.sql`${query.label} = ANY(t."labels")`);
  if (query.breached) where.push(breachedSql(now));
  if (query.atRisk) where.push(atRiskSql(now));
  if (query.hypercare) where.push(Prisma.sql`t."hypercareWindowId" IS NOT NULL`);
  if (query.q) where.push(searchCondition(query.q));
  return where;
}

/** Values of an enum column, where "none" stands for no value yet. */
function withNone(column: Prisma.Sql, enumType: Prisma.Sql, values: string[]): Prisma.Sql {
  const named = values.filter((v) => v !== "none");
  const none = values.includes("none");
  if (!named.length) return Prisma.sql`${column} IS NULL`;
  const any = Prisma.sql`${column} = ANY(${named}::${enumType}[])`;
  return none ? Prisma.sql`(${any} OR ${column} IS NULL)` : any;
}

/** "T-123" finds the item, "#123" the item of report #123, anything else searches title and text. */
function searchCondition(q: string): Prisma.Sql {
  const item = ITEM_NUMBER.exec(q);
  if (item) return Prisma.sql`t."number" = ${Number(item[1])}`;
  const report = REPORT_NUMBER.exec(q);
  if (report) return Prisma.sql`t."reportId" = (SELECT "id" FROM "IssueReport" WHERE "number" = ${Number(report[1])})`;
  return Prisma.sql`t."searchVector" @@ websearch_to_tsquery('english', ${q})`;
}
