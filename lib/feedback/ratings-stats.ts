import "server-only";
import { z } from "zod";
import { db } from "../db";
import { Invalid } from "../errors";
import { requireStaff, type Actor } from "../auth/authorize";
import { Prisma } from "../generated/prisma/client";
import type { RatingReason, Visibility } from "../generated/prisma/enums";
import { visibleTo } from "../catalog/visibility";
import { fieldErrorsOf } from "../validation";

// Staff views of doc-page ratings: per page helpful %, votes and recent comments, and the pages
// readers found least helpful. Staff only; every other caller gets NotFound.

export type RatingComment = {
  id: string;
  helpful: boolean;
  reason: RatingReason | null;
  comment: string;
  at: Date;
  /** The account's email, or "visitor". */
  who: string;
};

export type RatedPage = {
  pagePath: string;
  api: { slug: string; name: string; visibility: Visibility };
  version: string | null;
  operation: string | null;
  /** "Find pet by ID (Swagger Petstore 1.0.27)", or "Swagger Petstore 1.0.27" for an overview. */
  title: string;
  votes: number;
  helpful: number;
  notHelpful: number;
  /** Rounded to a whole percent. */
  helpfulPercent: number;
  lastVoteAt: Date;
  /** Newest first; as many as asked for. */
  recentComments: RatingComment[];
};

const statsFilterSchema = z.object({
  api: z.string().trim().max(100).optional(),
  /** One page: /docs/<api>/<version>[/<operation>]. */
  path: z.string().trim().max(500).startsWith("/docs/", "A page path starts with /docs/.").optional(),
  /** Recent comments per page. */
  comments: z.number().int().min(0).max(100).default(5),
  limit: z.number().int().min(1).max(500).default(200),
});
export type RatingStatsFilter = z.input<typeof statsFilterSchema>;

const lowestSchema = z.object({
  minVotes: z.number({ error: "The minimum number of votes must be a whole number." }).int("Use a whole number of votes.").min(1, "Use at least 1 vote.").max(100_000).default(3),
  limit: z.number().int().min(1).max(100).default(10),
  comments: z.number().int().min(0).max(20).default(1),
});
export type LowestRatedFilter = z.input<typeof lowestSchema>;

type PageRow = {
  page_path: string;
  api_slug: string;
  api_name: string;
  visibility: Visibility;
  version: string | null;
  operation: string | null;
  op_summary: string | null;
  op_id: string | null;
  op_method: string | null;
  op_path: string | null;
  votes: number;
  yes: number;
  last_vote_at: Date;
};

function pagesQuery(where: Prisma.Sql, minVotes: number, order: Prisma.Sql, limit: number) {
  return db.$queryRaw<PageRow[]>`
    SELECT r."pagePath" AS page_path, a.slug AS api_slug, a.name AS api_name, a.visibility::text AS visibility,
           r."versionLabel" AS version, r."operationSlug" AS operation,
           o.summary AS op_summary, o."operationId" AS op_id, o.method AS op_method, o.path AS op_path,
           count(*)::int AS votes, (count(*) FILTER (WHERE r.helpful))::int AS yes, max(r."updatedAt") AS last_vote_at
    FROM "PageRating" r
    JOIN "Api" a ON a.id = r."apiId"
    LEFT JOIN "ApiVersion" v ON v."apiId" = r."apiId" AND v.label = r."versionLabel"
    LEFT JOIN "Operation" o ON o."versionId" = v.id AND o.slug = r."operationSlug"
    WHERE ${where}
    GROUP BY r."pagePath", a.id, r."versionLabel", r."operationSlug", o.id
    HAVING count(*) >= ${minVotes}
    ORDER BY ${order}
    LIMIT ${limit}`;
}

type CommentRow = { id: string; page_path: string; helpful: boolean; reason: RatingReason | null; comment: string; at: Date; email: string | null };

async function recentComments(paths: string[], perPage: number): Promise<Map<string, RatingComment[]>> {
  const byPage = new Map<string, RatingComment[]>();
  if (paths.length === 0 || perPage === 0) return byPage;
  const rows = await db.$queryRaw<CommentRow[]>`
    SELECT id, page_path, helpful, reason, comment, at, email FROM (
      SELECT r.id, r."pagePath" AS page_path, r.helpful, r.reason::text AS reason, r.comment, r."updatedAt" AS at, u.email,
             row_number() OVER (PARTITION BY r."pagePath" ORDER BY r."updatedAt" DESC, r.id) AS n
      FROM "PageRating" r LEFT JOIN "User" u ON u.id = r."userId"
      WHERE r."pagePath" = ANY(${paths}) AND r.comment IS NOT NULL
    ) recent
    WHERE n <= ${perPage}
    ORDER BY at DESC, id`;
  for (const row of rows) {
    const list = byPage.get(row.page_path) ?? [];
    list.push({ id: row.id, helpful: row.helpful, reason: row.reason, comment: row.comment, at: row.at, who: row.email ?? "visitor" });
    byPage.set(row.page_path, list);
  }
  return byPage;
}

function pageTitle(row: PageRow): string {
  const version = `${row.api_name}${row.version ? ` ${row.version}` : ""}`;
  if (!row.operation) return version;
  const name = row.op_summary || row.op_id || (row.op_method && row.op_path ? `${row.op_method.toUpperCase()} ${row.op_path}` : row.operation);
  return `${name.replace(/\.+$/, "")} (${version})`;
}

async function withComments(rows: PageRow[], perPage: number): Promise<RatedPage[]> {
  const comments = await recentComments(rows.map((r) => r.page_path), perPage);
  return rows.map((row) => ({
    pagePath: row.page_path,
    api: { slug: row.api_slug, name: row.api_name, visibility: row.visibility },
    version: row.version,
    operation: row.operation,
    title: pageTitle(row),
    votes: row.votes,
    helpful: row.yes,
    notHelpful: row.votes - row.yes,
    helpfulPercent: Math.round((row.yes / row.votes) * 100),
    lastVoteAt: row.last_vote_at,
    recentComments: comments.get(row.page_path) ?? [],
  }));
}

/** Rated pages, most recently voted first, optionally of one API or one page, with their recent comments. */
export async function ratingStats(actor: Actor | null, filter: RatingStatsFilter = {}): Promise<RatedPage[]> {
  const staff = requireStaff(actor);
  const parsed = statsFilterSchema.safeParse(filter);
  if (!parsed.success) throw new Invalid("Invalid filter.", fieldErrorsOf(parsed.error));
  const { api, path, comments, limit } = parsed.data;
  const conditions = [Prisma.sql`a.visibility::text = ANY(${visibleTo(staff)})`];
  if (api) conditions.push(Prisma.sql`a.slug = ${api}`);
  if (path) conditions.push(Prisma.sql`r."pagePath" = ${path}`);
  const rows = await pagesQuery(Prisma.join(conditions, " AND "), 1, Prisma.sql`max(r."updatedAt") DESC, r."pagePath"`, limit);
  return withComments(rows, comments);
}

/** The pages readers found least helpful, among those with at least `minVotes` votes. */
export async function lowestRatedPages(actor: Actor | null, filter: LowestRatedFilter = {}): Promise<RatedPage[]> {
  const staff = requireStaff(actor);
  const parsed = lowestSchema.safeParse(filter);
  if (!parsed.success) throw new Invalid("Invalid filter.", fieldErrorsOf(parsed.error));
  const { minVotes, limit, comments } = parsed.data;
  const rows = await pagesQuery(
    Prisma.sql`a.visibility::text = ANY(${visibleTo(staff)})`,
    minVotes,
    Prisma.sql`(count(*) FILTER (WHERE r.helpful))::float8 / count(*) ASC, count(*) DESC, r."pagePath"`,
    limit,
  );
  return withComments(rows, comments);
}
