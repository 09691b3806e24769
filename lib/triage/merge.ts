import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/authorize";
import { recordAudit } from "../audit/record";
import { refreshDocsPages } from "../catalog/docs-cache";
import { db, type Tx } from "../db";
import { Conflict, Invalid } from "../errors";
import { recountAffected } from "../feedback/affected";
import { reportHref } from "../feedback/dto";
import { notify } from "../notify/notify";
import { notifyReportFollowers, reportFollowers } from "../notify/report-notifications";
import { triageStaff } from "./access";
import { clockAfter, clockColumnsOf } from "./item-clock";
import { lockItem, notifiedReport, type ItemRecord } from "./item-record";
import { loadTriageSettings } from "./settings";
import { isOpen, type Status } from "./transitions";

/** POST /api/admin/triage/items/{id}/merge: the canonical item's id, or its number ("T-12" or 12). */
export const mergeInputSchema = z.object({ into: z.union([z.string().trim().min(1).max(64), z.number().int().positive()]) });

type Context = { ip?: string | null; now?: Date };

/**
 * Merges a duplicate into its canonical item (Fider's merge): the duplicate is closed as
 * "duplicate" with a link; for reports, its reporter and followers become followers of the
 * canonical report ("affects me too" marks move, with their apps), and its attachments move
 * along. Everyone concerned is told once. A security item merges only with another security item.
 */
export async function mergeItems(actor: Actor | null, duplicateId: string, into: string | number, context: Context = {}): Promise<{ canonicalId: string }> {
  const { staff, security } = triageStaff(actor);
  const settings = await loadTriageSettings();
  const now = context.now ?? new Date();
  const canonicalRef = await resolveRef(into);
  const result = await db.$transaction(async (tx) => {
    // Lock in a fixed order so two opposite merges cannot deadlock.
    const [first, second] = [duplicateId, canonicalRef].sort();
    const locked = new Map([[first!, await lockItem(tx, first!, security)], [second!, await lockItem(tx, second!, security)]]);
    const duplicate = locked.get(duplicateId)!;
    const canonical = locked.get(canonicalRef)!;
    checkMerge(duplicate, canonical);

    const clock = clockAfter(clockColumnsOf(duplicate), { status: "duplicate" }, settings, now);
    await tx.triageItem.update({ where: { id: duplicate.id }, data: { ...clock, mergedIntoId: canonical.id } });
    await tx.triageEvent.createMany({
      data: [
        { itemId: duplicate.id, actorId: staff.id, kind: "merge", data: { into: canonical.number, intoId: canonical.id } },
        { itemId: canonical.id, actorId: staff.id, kind: "merge", data: { from: duplicate.number, fromId: duplicate.id } },
      ],
    });
    const moved = await moveReportFollowers(tx, staff, duplicate, canonical);
    await recordAudit(tx, {
      actor: staff,
      action: "triage.merge",
      target: { type: "triage-item", id: duplicate.id },
      data: { number: duplicate.number, into: canonical.number, movedFollowers: moved.followers, movedAttachments: moved.attachments },
      ip: context.ip,
    });
    return { canonicalId: canonical.id, publicReport: duplicate.report?.visibility === "public" || canonical.report?.visibility === "public" };
  });
  if (result.publicReport) refreshDocsPages();
  return { canonicalId: result.canonicalId };
}

async function resolveRef(into: string | number): Promise<string> {
  const number = typeof into === "number" ? into : /^t?-?(\d{1,9})$/i.exec(into)?.[1];
  if (number === undefined) return into as string;
  const item = await db.triageItem.findUnique({ where: { number: Number(number) }, select: { id: true } });
  if (!item) throw new Invalid("There is no item with this number.", { into: [`No item T-${number}.`] });
  return item.id;
}

function checkMerge(duplicate: ItemRecord, canonical: ItemRecord): void {
  if (duplicate.id === canonical.id) throw new Conflict("An item cannot be merged into itself.");
  if (duplicate.mergedIntoId) throw new Conflict(`T-${duplicate.number} is already merged into another item.`);
  if (canonical.mergedIntoId || canonical.status === "duplicate") throw new Conflict(`T-${canonical.number} is itself a duplicate: merge into the item it points to.`);
  if (!isOpen(duplicate.status as Status) && duplicate.status !== "resolved") throw new Conflict(`T-${duplicate.number} is ${duplicate.status.replace(/_/g, " ")}: only open or resolved items can be merged.`);
  if ((duplicate.visibility === "security") !== (canonical.visibility === "security")) {
    throw new Conflict("A security item merges only with another security item: its details must not reach other readers.");
  }
}

/** For two reports: followers, "affects me too" marks and attachments move; all of them are told once. */
async function moveReportFollowers(tx: Tx, staff: Actor, duplicate: ItemRecord, canonical: ItemRecord): Promise<{ followers: number; attachments: number }> {
  const dupReport = notifiedReport(duplicate);
  const canonReport = notifiedReport(canonical);
  if (!dupReport) return { followers: 0, attachments: 0 };
  const told = new Set(await reportFollowers(tx, dupReport));

  await tx.issueReport.update({ where: { id: dupReport.id }, data: { status: "duplicate", closedAt: new Date() } });
  await tx.reportEvent.create({ data: { reportId: dupReport.id, actorId: staff.id, kind: "status_change", fromStatus: duplicate.report!.status, toStatus: "duplicate" } });
  if (!canonReport) {
    await notifyReportFollowers(tx, dupReport, { kind: "merged", into: { number: canonical.number } }, staff.id);
    return { followers: 0, attachments: 0 };
  }
  await tx.reportEvent.create({
    data: { reportId: dupReport.id, actorId: staff.id, kind: "comment", body: `Merged into report [#${canonReport.number}](${reportHref(canonReport.id)}): follow it there for news.` },
  });

  // The duplicate's reporter and its "affects me too" marks now affect the canonical report.
  const marks = await tx.reportAffected.findMany({ where: { reportId: dupReport.id }, select: { userId: true, appName: true } });
  const followers = [{ userId: dupReport.reporterId, appName: null as string | null }, ...marks].filter((m) => m.userId !== canonReport.reporterId);
  const created = await tx.reportAffected.createMany({ data: followers.map((m) => ({ reportId: canonReport.id, userId: m.userId, appName: m.appName })), skipDuplicates: true });
  const attachments = await tx.reportAttachment.updateMany({ where: { reportId: dupReport.id }, data: { reportId: canonReport.id } });
  await recountAffected(tx, canonReport.id);

  // One notification each: the duplicate's followers learn where to look, the canonical's reporter that others joined.
  await notifyReportFollowers(tx, dupReport, { kind: "merged", into: { number: canonReport.number } }, staff.id);
  if (!told.has(canonReport.reporterId)) {
    await notify(tx, {
      userIds: [canonReport.reporterId],
      kind: "report_merged",
      title: `Report #${dupReport.number} was merged into your report #${canonReport.number}`,
      body: "Its reporter and the developers it affects now follow your report.",
      url: reportHref(canonReport.id),
      actorId: staff.id,
      confidential: canonReport.visibility === "security" ? { ownerId: canonReport.reporterId } : undefined,
      email: { subject: `Report #${dupReport.number} was merged into your report #${canonReport.number}`, actionLabel: "Open the report" },
    });
  }
  return { followers: created.count, attachments: attachments.count };
}
