import "server-only";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { duplicateScore } from "./similarity";

// Likely duplicates of an item: candidates from the same API and from full-text matches of its
// title, scored by lib/triage/similarity.ts (same operation, text similarity, same HTTP status,
// error code or request path). Security items are candidates only for those who may see them.

export type DuplicateSuggestion = { id: string; number: number; title: string; status: string; score: number; reasons: string[] };

type Subject = { id: string; title: string; body: string; apiId: string | null; operationSlug: string | null };
type Candidate = Subject & { number: number; status: string };

const MIN_SCORE = 0.25;

/** `before`: only items filed earlier (the check after intake looks for the original, not later copies). */
export async function suggestDuplicates(item: Subject, security: boolean, limit = 5, before?: Date): Promise<DuplicateSuggestion[]> {
  const words = item.title.toLowerCase().match(/[\p{L}\p{N}_]{3,}/gu)?.slice(0, 12) ?? [];
  const textQuery = words.length ? words.join(" | ") : null;
  const hidden = Prisma.sql`${security ? Prisma.empty : Prisma.sql`AND t."visibility" <> 'security'`} ${before ? Prisma.sql`AND t."createdAt" < ${before}` : Prisma.empty}`;
  const candidates = await db.$queryRaw<Candidate[]>`
    (SELECT t."id", t."number", t."title", t."body", t."apiId", t."operationSlug", t."status"::text AS status
     FROM "TriageItem" t
     WHERE t."apiId" = ${item.apiId} AND t."id" <> ${item.id} AND t."status" <> 'duplicate' ${hidden}
     ORDER BY t."createdAt" DESC LIMIT 100)
    UNION
    (SELECT t."id", t."number", t."title", t."body", t."apiId", t."operationSlug", t."status"::text AS status
     FROM "TriageItem" t
     WHERE ${textQuery}::text IS NOT NULL AND t."searchVector" @@ to_tsquery('english', ${textQuery ?? "x"})
       AND t."id" <> ${item.id} AND t."status" <> 'duplicate' ${hidden}
     ORDER BY ts_rank_cd(t."searchVector", to_tsquery('english', ${textQuery ?? "x"})) DESC LIMIT 50)`;
  return candidates
    .map((c) => ({ candidate: c, ...duplicateScore(c, item) }))
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ candidate, score, reasons }) => ({ id: candidate.id, number: candidate.number, title: candidate.title, status: candidate.status, score, reasons }));
}
