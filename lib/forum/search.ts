import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/authorize";
import { visibleTo } from "../catalog/visibility";
import { searchableText } from "../http/unstorable-text";
import { isStaff } from "./access";
import { forumHref } from "./links";
import { excerpt } from "./markdown-text";

/** A forum thread as a search result (for the portal search page and /api/v1/search). */
export type ForumSearchResult = {
  kind: "thread";
  number: number;
  title: string;
  category: { slug: string; name: string };
  /** Plain text (never HTML): the start of the thread's body. */
  excerpt: string;
  url: string;
  answered: boolean;
  replyCount: number;
};

type Row = { number: number; title: string; body: string; category_slug: string; category_name: string; answered: boolean; reply_count: number };

const MAX_QUERY = 200;

/**
 * Full-text search over thread titles and bodies (English stemming, titles weighted first),
 * ranked by ts_rank_cd. Only threads the actor may read: categories and linked APIs they may
 * see, and hidden threads for staff and their authors alone.
 */
export async function searchForum(actor: Actor | null, q: string, limit = 20): Promise<ForumSearchResult[]> {
  const query = searchableText(q, MAX_QUERY);
  if (!query) return [];
  const take = Math.min(Math.max(1, Math.floor(limit)), 50);
  const visibilities = visibleTo(actor) as string[];
  const tsquery = Prisma.sql`websearch_to_tsquery('english', ${query})`;
  const hiddenRule = isStaff(actor)
    ? Prisma.sql`TRUE`
    : actor
      ? Prisma.sql`(NOT t.hidden OR t."authorId" = ${actor.id})`
      : Prisma.sql`NOT t.hidden`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT t.number, t.title, left(t.body, 1000) AS body, c.slug AS category_slug, c.name AS category_name,
           (t."answeredAt" IS NOT NULL OR t."acceptedPostId" IS NOT NULL) AS answered, t."replyCount" AS reply_count
    FROM "ForumThread" t
    JOIN "ForumCategory" c ON c.id = t."categoryId"
    LEFT JOIN "Api" ca ON ca.id = c."apiId"
    LEFT JOIN "Api" la ON la.id = t."apiId"
    WHERE t."searchVector" @@ ${tsquery}
      AND (c."apiId" IS NULL OR ca.visibility::text = ANY(${visibilities}))
      AND (t."apiId" IS NULL OR la.visibility::text = ANY(${visibilities}))
      AND ${hiddenRule}
    ORDER BY ts_rank_cd(t."searchVector", ${tsquery}) DESC, t."lastPostAt" DESC
    LIMIT ${take}`;
  return rows.map((row) => ({
    kind: "thread",
    number: row.number,
    title: row.title,
    category: { slug: row.category_slug, name: row.category_name },
    excerpt: excerpt(row.body),
    url: forumHref.thread(row.number),
    answered: row.answered,
    replyCount: row.reply_count,
  }));
}
