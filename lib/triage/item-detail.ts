import "server-only";
import type { Actor } from "../auth/authorize";
import { db } from "../db";
import { NotFound } from "../errors";
import { getReport } from "../feedback/reports";
import { triageStaff } from "./access";
import { itemSlaState } from "./item-sla";
import { suggestDuplicates, type DuplicateSuggestion } from "./duplicates";
import { loadTriageSettings } from "./settings";

// Everything the item page shows: the item, the feedback behind it with its context, the
// reporter's other reports, related forum threads, suggested duplicates and the full timeline.

export type TimelineEntry = { at: Date; kind: string; by: string | null; body: string | null; internal: boolean; data: Record<string, unknown> };

export async function getItemDetail(actor: Actor | null, number: number, now = new Date()) {
  const { staff, security } = triageStaff(actor);
  const item = await db.triageItem.findUnique({
    where: { number },
    include: {
      team: { select: { id: true, name: true } },
      assignee: { select: { id: true, name: true, email: true } },
      hypercareWindow: { select: { factor: true, startsAt: true, endsAt: true } },
      mergedInto: { select: { number: true, title: true } },
      duplicates: { select: { number: true, title: true } },
      rating: { select: { pagePath: true, reason: true, comment: true, helpful: true } },
      thread: { select: { number: true, title: true, body: true } },
      events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true, email: true } } } },
    },
  });
  if (!item || (item.visibility === "security" && !security)) throw new NotFound("No triage item with this number.");
  const [settings, report, api, reporter] = await Promise.all([
    loadTriageSettings(),
    item.reportId ? getReport(staff, item.reportId) : Promise.resolve(null),
    item.apiId ? db.api.findUnique({ where: { id: item.apiId }, select: { slug: true, name: true } }) : null,
    item.reporterId ? db.user.findUnique({ where: { id: item.reporterId }, select: { id: true, name: true, email: true } }) : null,
  ]);
  const [otherReports, relatedThreads, duplicates, reporterComments] = await Promise.all([
    item.reporterId ? reporterOtherItems(item.reporterId, item.id, security) : [],
    item.apiId && item.operationSlug
      ? db.forumThread.findMany({
          where: { apiId: item.apiId, operationSlug: item.operationSlug, hidden: false, id: item.threadId ? { not: item.threadId } : undefined },
          orderBy: { lastPostAt: "desc" },
          take: 5,
          select: { number: true, title: true, replyCount: true, answeredAt: true },
        })
      : [],
    item.status === "duplicate" ? ([] as DuplicateSuggestion[]) : suggestDuplicates(item, security),
    item.reportId && item.reporterId
      ? db.reportEvent.findMany({ where: { reportId: item.reportId, actorId: item.reporterId, kind: "comment" }, select: { createdAt: true, body: true } })
      : [],
  ]);
  const sla = itemSlaState({ ...item, hypercareFactor: item.hypercareWindow?.factor ?? null }, settings, now);
  return { item, api, reporter, report, otherReports, relatedThreads, duplicates, sla, timeline: timelineOf(item.events, reporterComments, reporter?.name ?? reporter?.email ?? null) };
}

export type ItemDetail = Awaited<ReturnType<typeof getItemDetail>>;

async function reporterOtherItems(reporterId: string, itemId: string, security: boolean) {
  return db.triageItem.findMany({
    where: { reporterId, id: { not: itemId }, ...(security ? {} : { visibility: { not: "security" } }) },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { number: true, title: true, status: true, kind: true, createdAt: true },
  });
}

/** Staff changes, notes and replies, with the reporter's own comments on the report. */
function timelineOf(
  events: { createdAt: Date; kind: string; body: string | null; internal: boolean; data: unknown; actor: { name: string | null; email: string } | null }[],
  reporterComments: { createdAt: Date; body: string | null }[],
  reporterName: string | null,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...events.map((e) => ({
      at: e.createdAt,
      kind: e.kind,
      by: e.actor ? e.actor.name || e.actor.email : null,
      body: e.body,
      internal: e.internal,
      data: (e.data ?? {}) as Record<string, unknown>,
    })),
    ...reporterComments.map((c) => ({ at: c.createdAt, kind: "reporter_comment", by: reporterName, body: c.body, internal: false, data: {} })),
  ];
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}
