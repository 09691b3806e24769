import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/authorize";
import { visibleTo } from "./visibility";

export type SearchHit = {
  kind: "api" | "operation";
  apiSlug: string;
  apiName: string;
  version?: string;
  slug?: string;
  method?: string;
  path?: string;
  title: string;
  excerpt?: string;
};

type OperationRow = {
  api_slug: string;
  api_name: string;
  label: string;
  status: string;
  slug: string;
  method: string;
  path: string;
  summary: string | null;
  description: string | null;
  score: number;
};

const MAX_QUERY = 200;
const STATUS_ORDER = ["current", "beta", "deprecated"];

function operationQuery(visibilities: string[], where: Prisma.Sql, score: Prisma.Sql, limit: number) {
  return db.$queryRaw<OperationRow[]>`
    SELECT a.slug AS api_slug, a.name AS api_name, v.label, v.status::text AS status,
           o.slug, o.method, o.path, o.summary, left(o.description, 300) AS description, ${score} AS score
    FROM "Operation" o
    JOIN "ApiVersion" v ON v.id = o."versionId"
    JOIN "Api" a ON a.id = v."apiId"
    WHERE a.visibility::text = ANY(${visibilities}) AND v.status <> 'retired' AND ${where}
    ORDER BY score DESC, o.position
    LIMIT ${limit}`;
}

/** Full-text search (English stemming, weighted), with a trigram fallback for misspellings. */
async function searchOperations(visibilities: string[], q: string): Promise<OperationRow[]> {
  const tsquery = Prisma.sql`websearch_to_tsquery('english', ${q})`;
  const rows = await operationQuery(visibilities, Prisma.sql`o."searchVector" @@ ${tsquery}`, Prisma.sql`ts_rank_cd(o."searchVector", ${tsquery})::float8`, 60);
  if (rows.length >= 5) return rows;
  // Few or no exact-word hits: compare the query with the words of each operation, typos allowed.
  // `<%` (word similarity above pg_trgm's threshold, 0.6 by default) can use the trigram index on searchText.
  const fuzzy = await operationQuery(
    visibilities,
    Prisma.sql`${q} <% o."searchText"`,
    Prisma.sql`(word_similarity(${q}, o."searchText") / 2)::float8`,
    30,
  );
  const seen = new Set(rows.map((r) => `${r.api_slug} ${r.label} ${r.slug}`));
  return [...rows, ...fuzzy.filter((r) => !seen.has(`${r.api_slug} ${r.label} ${r.slug}`))];
}

/** One hit per operation across versions: the one in the most current version. */
function dedupeAcrossVersions(rows: OperationRow[]): OperationRow[] {
  const best = new Map<string, OperationRow>();
  for (const row of rows) {
    const key = `${row.api_slug} ${row.method} ${row.path.replace(/\{[^}]*\}/g, "{}")}`;
    const kept = best.get(key);
    if (!kept || STATUS_ORDER.indexOf(row.status) < STATUS_ORDER.indexOf(kept.status)) best.set(key, kept ? { ...row, score: Math.max(row.score, kept.score) } : row);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Searches API names and summaries, operation paths, summaries, descriptions, parameter names
 * and tags, ranked, over the APIs the actor may see.
 */
export async function searchCatalog(actor: Actor | null, query: string, limit = 20): Promise<SearchHit[]> {
  const q = query.trim().slice(0, MAX_QUERY);
  if (!q) return [];
  const visibilities = visibleTo(actor);
  const [apis, operations] = await Promise.all([
    db.api.findMany({
      where: {
        visibility: { in: visibilities },
        OR: [{ name: { contains: q, mode: "insensitive" } }, { summary: { contains: q, mode: "insensitive" } }, { slug: { contains: q.toLowerCase() } }],
      },
      select: { slug: true, name: true, summary: true },
      take: 5,
    }),
    searchOperations(visibilities, q),
  ]);
  const apiHits: SearchHit[] = apis.map((a) => ({ kind: "api", apiSlug: a.slug, apiName: a.name, title: a.name, excerpt: a.summary ?? undefined }));
  const operationHits: SearchHit[] = dedupeAcrossVersions(operations).map((r) => ({
    kind: "operation",
    apiSlug: r.api_slug,
    apiName: r.api_name,
    version: r.label,
    slug: r.slug,
    method: r.method,
    path: r.path,
    title: r.summary || `${r.method.toUpperCase()} ${r.path}`,
    excerpt: r.description?.replace(/\s+/g, " ").slice(0, 200) || undefined,
  }));
  return [...apiHits, ...operationHits].slice(0, limit);
}
