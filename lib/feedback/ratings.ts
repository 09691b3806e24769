import "server-only";
import { createHmac } from "node:crypto";
import { db, type Tx } from "../db";
import { env } from "../env";
import { Invalid, NotFound } from "../errors";
import type { Actor } from "../auth/authorize";
import type { RatingReason } from "../generated/prisma/enums";
import { pickDefaultVersion } from "../catalog/read";
import { visibleTo } from "../catalog/visibility";
import { docsHref } from "../links";
import { consume, type Limit } from "../rate-limit/limiter";
import { fieldErrorsOf } from "../validation";
import { containsLink, VISITOR_LINK_MESSAGE } from "./ratings-links";
import { REASON_LABELS } from "./ratings-labels";
import { ratingInputSchema, ratingPageSchema, type RatingPage } from "./ratings-schemas";
import { intakeRow, type IntakeRow } from "../triage/intake";
import { truncateText } from "../http/unstorable-text";

/**
 * "Was this page helpful?" on docs pages. One vote per reader per page, changeable: accounts are
 * keyed by their id, visitors by a keyed hash of their IP address (the address itself is never
 * stored, not even in the rate-limit table). Readers behind one address (an office, a carrier's
 * NAT) therefore share one visitor vote per page; they can sign in to vote on their own.
 *
 * The page is an API version's overview (/docs/<api>/<version>, also shown at /docs/<api> for the
 * default version) or an operation (/docs/<api>/<version>/<operation>): a rating without a version
 * is about the version that /docs/<api> shows, so both addresses of one page share its votes.
 */

export const VISITOR_VOTES_PER_HOUR: Limit = { name: "ratings-visitor", points: 30, durationSeconds: 3600, message: "Many pages were rated from your network in the last hour." };
export const ACCOUNT_VOTES_PER_HOUR: Limit = { name: "ratings-user", points: 120, durationSeconds: 3600, message: "You have rated many pages in the last hour." };

export type StoredRating = {
  pagePath: string;
  api: string;
  version: string;
  operation: string | null;
  helpful: boolean;
  reason: RatingReason | null;
  /** Null for visitors reading their vote back: an IP address can be shared, a comment is not. */
  comment: string | null;
  updatedAt: Date;
};

/** A docs page that exists and that the reader may see. */
type RatablePage = { apiId: string; api: string; apiName: string; version: string; operation: string | null; pagePath: string; title: string };

/** A keyed hash of the visitor's address: stable per address, useless to anyone without the secret. */
function visitorKeyOf(ip: string): string {
  const secret = env.NEXTAUTH_SECRET ?? (env.NODE_ENV === "production" ? undefined : "hypercare-development-visitor-key");
  if (!secret) throw new Error("NEXTAUTH_SECRET must be set: visitors' votes are keyed with it.");
  return createHmac("sha256", secret).update(`page-rating-visitor\0${ip}`).digest("base64url");
}

function parsePage(input: unknown): RatingPage {
  const parsed = ratingPageSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the page you are rating.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** NotFound, with the same words for hidden APIs as for APIs that do not exist. */
async function findRatablePage(actor: Actor | null, page: RatingPage): Promise<RatablePage> {
  if (page.operation && !page.version) throw new Invalid("Name the version of the operation.", { version: ["Give the version when you name an operation."] });
  const api = await db.api.findFirst({
    where: { slug: page.api, visibility: { in: visibleTo(actor) } },
    select: { id: true, slug: true, name: true, versions: { select: { id: true, label: true, status: true, importedAt: true, releaseDate: true } } },
  });
  if (!api) throw new NotFound("No API with this name.");
  const version = page.version ? api.versions.find((v) => v.label === page.version) : pickDefaultVersion(api.versions);
  if (!version) throw new NotFound(page.version ? "This API has no such version." : "This API has no published version yet.");
  const base = { apiId: api.id, api: api.slug, apiName: api.name, version: version.label };
  if (!page.operation) return { ...base, operation: null, pagePath: docsHref.version(api.slug, version.label), title: `${api.name} ${version.label}` };
  const operation = await db.operation.findUnique({
    where: { versionId_slug: { versionId: version.id, slug: page.operation } },
    select: { slug: true, summary: true, operationId: true, method: true, path: true },
  });
  if (!operation) throw new NotFound("This version has no such operation.");
  const name = (operation.summary || operation.operationId || `${operation.method.toUpperCase()} ${operation.path}`).replace(/\.+$/, "");
  return { ...base, operation: operation.slug, pagePath: docsHref.operation(api.slug, version.label, operation.slug), title: `${name} (${api.name} ${version.label})` };
}

const RATING_SELECT = { id: true, helpful: true, reason: true, comment: true, updatedAt: true } as const;
type RatingRow = { id: string; helpful: boolean; reason: RatingReason | null; comment: string | null; updatedAt: Date };

function toStored(page: RatablePage, row: RatingRow, showComment: boolean): StoredRating {
  return {
    pagePath: page.pagePath,
    api: page.api,
    version: page.version,
    operation: page.operation,
    helpful: row.helpful,
    reason: row.reason,
    comment: showComment ? row.comment : null,
    updatedAt: row.updatedAt,
  };
}

export function triageTitle(pageTitle: string, reason: RatingReason | null): string {
  const title = `Not helpful: ${pageTitle} — ${reason ? REASON_LABELS[reason] : "no reason given"}`;
  return title.length > 200 ? `${truncateText(title, 199)}…` : title;
}

/**
 * A negative rating with a comment is an item of the staff triage queue (private: staff only).
 * When the reader changes the vote to helpful or takes the comment back, an item nobody has
 * touched yet goes (an open item for feedback the reader withdrew would mislead); one staff have
 * worked on stays, with its history.
 */
async function syncTriageItem(tx: Tx, page: RatablePage, rating: RatingRow, userId: string | null, intake: IntakeRow | null): Promise<void> {
  if (!rating.helpful && rating.comment && intake) {
    const title = triageTitle(page.title, rating.reason);
    const existing = await tx.triageItem.findUnique({ where: { ratingId: rating.id }, select: { id: true } });
    if (existing) {
      await tx.triageItem.update({ where: { id: existing.id }, data: { title, body: rating.comment } });
      return;
    }
    const { columns, event } = intake;
    await tx.triageItem.create({
      data: { ...columns, kind: "rating", ratingId: rating.id, apiId: page.apiId, versionLabel: page.version, operationSlug: page.operation, title, visibility: "private", reporterId: userId, events: { create: event } },
    });
  } else {
    await tx.triageItem.deleteMany({ where: { ratingId: rating.id, status: "new", events: { none: { actorId: { not: null } } } } });
  }
}

/**
 * Records (or changes) the reader's vote on a docs page. A vote replaces the previous one whole:
 * a reason or comment not sent again is removed. Visitors may not put links in a comment.
 */
export async function ratePage(actor: Actor | null, input: unknown, context: { ip: string }): Promise<StoredRating> {
  const parsed = ratingInputSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const { helpful, reason, comment, ...pageInput } = parsed.data;
  const page = await findRatablePage(actor, pageInput);

  const visitorKey = actor ? null : visitorKeyOf(context.ip);
  if (actor) await consume(ACCOUNT_VOTES_PER_HOUR, actor.id);
  else await consume(VISITOR_VOTES_PER_HOUR, visitorKey!);
  // Counted before this check, so a bot trying disguises runs into the limit too.
  if (!actor && comment && containsLink(comment)) throw new Invalid(VISITOR_LINK_MESSAGE, { comment: [VISITOR_LINK_MESSAGE] });

  const vote = { helpful, reason: reason ?? null, comment: comment ?? null };
  const where = actor ? { pagePath_userId: { pagePath: page.pagePath, userId: actor.id } } : { pagePath_visitorKey: { pagePath: page.pagePath, visitorKey: visitorKey! } };
  const create = {
    ...vote,
    apiId: page.apiId,
    versionLabel: page.version,
    operationSlug: page.operation,
    pagePath: page.pagePath,
    ...(actor ? { userId: actor.id } : { visitorKey }),
  };
  // Intake reads its configuration outside the transaction (the embedded database runs one at a time).
  const intake =
    !helpful && comment
      ? await intakeRow({ kind: "rating", apiId: page.apiId, versionLabel: page.version, operationSlug: page.operation, title: triageTitle(page.title, reason ?? null), body: comment, createdAt: new Date() })
      : null;
  for (let attempt = 1; ; attempt++) {
    try {
      const row = await db.$transaction(async (tx) => {
        const rating = await tx.pageRating.upsert({ where, create, update: vote, select: RATING_SELECT });
        await syncTriageItem(tx, page, rating, actor?.id ?? null, intake);
        return rating;
      });
      return toStored(page, row, true);
    } catch (error) {
      // Two first votes of one reader at once: the loser's insert hits the unique index; again as an update.
      if ((error as { code?: string }).code === "P2002" && attempt < 3) continue;
      throw error;
    }
  }
}

/** The reader's own vote on a page, or null. Visitors get their address's vote without its comment. */
export async function myRating(actor: Actor | null, input: unknown, context: { ip: string }): Promise<StoredRating | null> {
  const page = await findRatablePage(actor, parsePage(input));
  const where = actor ? { pagePath_userId: { pagePath: page.pagePath, userId: actor.id } } : { pagePath_visitorKey: { pagePath: page.pagePath, visitorKey: visitorKeyOf(context.ip) } };
  const row = await db.pageRating.findUnique({ where, select: RATING_SELECT });
  return row ? toStored(page, row, actor !== null) : null;
}
