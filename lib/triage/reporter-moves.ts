import "server-only";
import type { Tx } from "../db";
import { clockAfter, clockColumnsOf } from "./item-clock";
import { lockItem, type ItemRecord } from "./item-record";
import type { TriageSettings } from "./settings-schema";
import { reopensOnReporterComment, reportStatusFor, type Status } from "./transitions";

// What the reporter's own actions do to the triage item behind a report: an answer while the team
// waits on him resumes the work, a comment within 14 days of resolving reopens it, and closing his
// report closes the item. Runs in the caller's transaction.

/** `settings` are loaded before the transaction: the embedded database runs one transaction at a time. */
type Move = { reportId: string; actorId: string; settings: TriageSettings; now?: Date };

/**
 * Where a reporter's comment moves an item: only a resolved item (not one closed, by the reporter
 * or by staff) reopens within the 14 days; an answer while waiting resumes the work.
 */
export function reporterCommentMove(status: Status, resolvedAt: Date | null, now: Date): Status | null {
  return status === "closed" ? null : reopensOnReporterComment(status, resolvedAt, now);
}

/** Returns the report status the comment moved the report to, or null. */
export async function afterReporterComment(tx: Tx, { reportId, actorId, settings, now = new Date() }: Move): Promise<string | null> {
  const item = await itemOfReport(tx, reportId);
  if (!item) return null;
  const to = reporterCommentMove(item.status as Status, item.resolvedAt, now);
  if (!to) return null;
  await move(tx, item, to, actorId, settings, now, item.status === "waiting_on_reporter" ? "the reporter answered" : "the reporter commented after it was resolved");
  return reportStatusFor(to);
}

export async function afterReporterClose(tx: Tx, { reportId, actorId, settings, now = new Date() }: Move): Promise<void> {
  const item = await itemOfReport(tx, reportId);
  if (!item || item.status === "closed") return;
  await move(tx, item, "closed", actorId, settings, now, "the reporter closed the report");
}

/** The report's item, locked like every staff change locks it (the reporter may see his own security item). */
async function itemOfReport(tx: Tx, reportId: string): Promise<ItemRecord | null> {
  const found = await tx.triageItem.findUnique({ where: { reportId }, select: { id: true } });
  return found ? lockItem(tx, found.id, true) : null;
}

async function move(tx: Tx, item: ItemRecord, to: Status, actorId: string, settings: TriageSettings, now: Date, reason: string) {
  const clock = clockAfter(clockColumnsOf(item), { status: to }, settings, now);
  await tx.triageItem.update({ where: { id: item.id }, data: clock });
  await tx.triageEvent.create({ data: { itemId: item.id, actorId, kind: "status", data: { from: item.status, to, reason } } });
}
