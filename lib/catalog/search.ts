import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/authorize";
import { searchableText, truncateText } from "../http/unstorable-text";
import { alternativesQuery, queryWords } from "./search-words";
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

/** Full-text search (English stemming, weighted), then the query's words corrected for typos. */
async function searchOperations(visibilities: string[], q: string): Promise<OperationRow[]> {
  const exact = Prisma.sql`websearch_to_tsquery('english', ${q})`;
  const rows = await operationQuery(visibilities, Prisma.sql`o."searchVector" @@ ${exact}`, Prisma.sql`ts_rank_cd(o."searchVector", ${exact})::float8`, 60);
  if (rows.length >= ENOUGH_HITS) return rows;
  // Few hits: each word may be misspelled ("acount"), or not all words are in one operation
  // ("login user"). Look each word up in the vocabulary, then ask for operations holding all the
  // words (or a correction of each), and if that is still too little, any of them. Scores are
  // scaled down so that exact hits stay first.
  const groups = await correctedWords(queryWords(q));
  if (groups.length === 0) return rows;
  const merged = [...rows];
  for (const [mode, weight] of [["all", 0.5], ["any", 0.25]] as const) {
    const corrected = Prisma.sql`to_tsquery('english', ${alternativesQuery(groups, mode)})`;
    const more = await operationQuery(
      visibilities,
      Prisma.sql`o."searchVector" @@ ${corrected}`,
      Prisma.sql`(ts_rank_cd(o."searchVector", ${corrected}) * ${weight})::float8`,
      30,
    );
    const seen = new Set(merged.map(rowKey));
    merged.push(...more.filter((r) => !seen.has(rowKey(r))));
    if (merged.length >= ENOUGH_HITS) break;
  }
  return merged;
}

const ENOUGH_HITS = 5;
const rowKey = (r: OperationRow) => `${r.api_slug} ${r.label} ${r.slug}`;

/** Each word with the vocabulary words closest to it (trigram similarity above pg_trgm's 0.3). */
async function correctedWords(words: string[]): Promise<string[][]> {
  const checked = words.filter((w) => w.length >= 3);
  const found = checked.length
    ? await db.$queryRaw<{ term: string; word: string }[]>`
        SELECT q.term, t.word FROM unnest(${checked}::text[]) AS q(term)
        CROSS JOIN LATERAL (SELECT word FROM "SearchTerm" WHERE word % q.term ORDER BY word <-> q.term LIMIT 3) t`
    : [];
  return words.map((w) => [w, ...found.filter((f) => f.term === w).map((f) => f.word)]);
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
  const q = searchableText(query, MAX_QUERY);
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
    excerpt: truncateText(r.description?.replace(/\s+/g, " ") ?? "", 200) || undefined,
  }));
  return [...apiHits, ...operationHits].slice(0, limit);
}
