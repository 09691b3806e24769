import "server-only";
import type { Actor } from "../auth/authorize";
import { recordAudit } from "../audit/record";
import { db, type Tx } from "../db";
import { Conflict, Invalid } from "../errors";
import { commentInputSchema } from "../feedback/schemas";
import { replyToThread } from "../forum/posting";
import { notifyReportFollowers } from "../notify/report-notifications";
import { fieldErrorsOf } from "../validation";
import { triageStaff } from "./access";
import { clockAfter, clockColumnsOf } from "./item-clock";
import { lockItem, notifiedReport, type ItemRecord } from "./item-record";
import { loadTriageSettings } from "./settings";

// Staff answers on an item: internal notes (staff only) and public replies, which reach the
// reporter (and, for public reports, everyone allowed to read them) and stop the first-response clock.

type Context = { ip?: string | null; now?: Date };

function markdownOf(input: unknown, what: string): string {
  const parsed = commentInputSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(`Check the ${what}.`, fieldErrorsOf(parsed.error));
  return parsed.data.body;
}

/** An internal note: on the item's timeline for staff, never shown to the reporter. */
export async function addInternalNote(actor: Actor | null, itemId: string, input: unknown, context: Context = {}): Promise<void> {
  const { staff, security } = triageStaff(actor);
  const body = markdownOf(input, "note");
  await db.$transaction(async (tx) => {
    const item = await lockItem(tx, itemId, security);
    await tx.triageEvent.create({ data: { itemId: item.id, actorId: staff.id, kind: "note", body, internal: true } });
    await tx.triageItem.update({ where: { id: item.id }, data: { updatedAt: new Date() } });
    await recordAudit(tx, { actor: staff, action: "triage.note", target: { type: "triage-item", id: item.id }, data: { number: item.number }, ip: context.ip });
  });
}

/**
 * A public reply. On a report it joins the report's timeline and its followers are told; on a
 * forum thread it is a staff reply in the thread. Ratings have no way back to their author.
 */
export async function replyPublicly(actor: Actor | null, itemId: string, input: unknown, context: Context = {}): Promise<void> {
  const { staff, security } = triageStaff(actor);
  const body = markdownOf(input, "reply");
  const settings = await loadTriageSettings();
  const now = context.now ?? new Date();
  const peek = await db.triageItem.findUnique({ where: { id: itemId }, select: { kind: true, thread: { select: { number: true } }, visibility: true } });
  if (peek?.kind === "thread" && peek.thread && (peek.visibility !== "security" || security)) {
    // The forum's own rules apply (locked threads still take staff replies) and its author is told.
    await replyToThread(staff, peek.thread.number, { body });
    await db.$transaction(async (tx) => recordReply(tx, staff, await lockItem(tx, itemId, security), body, settings, now, context));
    return;
  }
  await db.$transaction(async (tx) => {
    const item = await lockItem(tx, itemId, security);
    const report = notifiedReport(item);
    if (!report) throw new Conflict("A page rating has no way to reach its author: add an internal note instead.");
    if (item.report!.status === "closed") throw new Conflict("The report is closed: its reporter no longer follows it. Reopen the item to reply.");
    await tx.reportEvent.create({ data: { reportId: report.id, actorId: staff.id, kind: "comment", body } });
    await tx.issueReport.update({ where: { id: report.id }, data: { updatedAt: now } });
    await notifyReportFollowers(tx, report, { kind: "reply", body }, staff.id);
    await recordReply(tx, staff, item, body, settings, now, context);
  });
}

async function recordReply(tx: Tx, staff: Actor, item: ItemRecord, body: string, settings: Awaited<ReturnType<typeof loadTriageSettings>>, now: Date, context: Context) {
  const clock = clockAfter(clockColumnsOf(item), { answered: true }, settings, now);
  await tx.triageItem.update({ where: { id: item.id }, data: { ...clock, updatedAt: now } });
  await tx.triageEvent.create({ data: { itemId: item.id, actorId: staff.id, kind: "reply", body } });
  await recordAudit(tx, { actor: staff, action: "triage.reply", target: { type: "triage-item", id: item.id }, data: { number: item.number }, ip: context.ip });
}
