import "server-only";
import type { Tx } from "../db";
import { NotFound } from "../errors";
import type { NotifiedReport } from "../notify/report-notifications";

// An item as the workflow functions read it, locked for the rest of the caller's transaction so
// two staff members changing the same item one after the other each see the other's change.

export const ITEM_RECORD_SELECT = {
  id: true,
  number: true,
  kind: true,
  title: true,
  visibility: true,
  status: true,
  category: true,
  categoryConfidence: true,
  categoryByStaff: true,
  severity: true,
  impactScope: true,
  priority: true,
  teamId: true,
  assigneeId: true,
  labels: true,
  reporterId: true,
  slaStartedAt: true,
  pausedAt: true,
  pausedMinutes: true,
  firstResponseAt: true,
  resolvedAt: true,
  responseDueAt: true,
  resolutionDueAt: true,
  responseBreachedAt: true,
  resolutionBreachedAt: true,
  mergedIntoId: true,
  threadId: true,
  ratingId: true,
  hypercareWindow: { select: { factor: true } },
  thread: { select: { number: true } },
  report: { select: { id: true, number: true, title: true, reporterId: true, visibility: true, status: true, api: { select: { visibility: true } } } },
} as const;

export type ItemRecord = Awaited<ReturnType<typeof lockItem>>;

/** The item, locked; 404 when it does not exist or is a security item the actor may not see. */
export async function lockItem(tx: Tx, itemId: string, seesSecurity: boolean) {
  await tx.$executeRaw`SELECT 1 FROM "TriageItem" WHERE "id" = ${itemId} FOR UPDATE`;
  const item = await tx.triageItem.findUnique({ where: { id: itemId }, select: ITEM_RECORD_SELECT });
  if (!item || (item.visibility === "security" && !seesSecurity)) throw new NotFound("No triage item with this id.");
  return item;
}

/** The report behind an item, as the report notifications need it. */
export function notifiedReport(item: ItemRecord): NotifiedReport | null {
  const r = item.report;
  return r ? { id: r.id, number: r.number, title: r.title, reporterId: r.reporterId, visibility: r.visibility, apiVisibility: r.api.visibility } : null;
}
