import "server-only";
import { z } from "zod";
import { db } from "../db";
import { Conflict, Invalid, NotFound } from "../errors";
import { recordAudit } from "../audit/record";
import { requireStaff, type Actor } from "../auth/authorize";
import { refreshDocsPages } from "../catalog/docs-cache";
import { visibleTo } from "../catalog/visibility";
import type { ReportStatus } from "../generated/prisma/enums";
import { notifyReportFollowers, type NotifiedReport } from "../notify/report-notifications";
import { fieldErrorsOf } from "../validation";
import { canSeeReport } from "./report-access";
import { getReport, type ReportDetail } from "./reports";
import { commentInputSchema } from "./schemas";

// Staff work on reports until the triage dashboard exists: change a report's status (with an
// optional public note) and reply publicly. Both are audited and notify the reporter and, for
// public reports, everyone the report affects.

export const REPORT_STATUSES = ["open", "in_progress", "waiting_on_reporter", "resolved", "closed"] as const satisfies readonly ReportStatus[];

/** PATCH /api/admin/reports/{id} */
export const statusChangeSchema = z.object({
  status: z.enum(REPORT_STATUSES, { error: `Status must be one of: ${REPORT_STATUSES.join(", ")}.` }),
  note: z
    .string({ error: "The note must be text." })
    .trim()
    .max(10_000, "A note can be at most 10,000 characters.")
    .optional()
    .transform((v) => v || undefined),
});

/** POST /api/admin/reports/{id}/replies: the same rules as every report comment. */
export const staffReplySchema = commentInputSchema;

type Context = { ip?: string | null };

/** The report as staff may act on it: 404 for non-staff, and for security reports unless security staff or admin. */
async function reportForStaff(actor: Actor | null, reportId: string) {
  const staff = requireStaff(actor);
  const report = await db.issueReport.findUnique({
    where: { id: reportId },
    select: { id: true, number: true, title: true, reporterId: true, visibility: true, status: true, api: { select: { visibility: true } } },
  });
  if (!report || !canSeeReport(staff, report, visibleTo(staff).includes(report.api.visibility))) throw new NotFound("No report with this id.");
  const notified: NotifiedReport = { id: report.id, number: report.number, title: report.title, reporterId: report.reporterId, visibility: report.visibility, apiVisibility: report.api.visibility };
  return { staff, report, notified };
}

/**
 * Moves a report to another status, with an optional note that is posted as a public reply.
 * Setting the status it already has changes nothing. Closing sets closedAt; any other status
 * reopens it.
 */
export async function changeReportStatus(actor: Actor | null, reportId: string, status: unknown, note?: unknown, context: Context = {}): Promise<ReportDetail> {
  const { staff, report, notified } = await reportForStaff(actor, reportId);
  const parsed = statusChangeSchema.safeParse({ status, note });
  if (!parsed.success) throw new Invalid("Check the status change.", fieldErrorsOf(parsed.error));
  const { status: to, note: text } = parsed.data;
  const moves = report.status !== to;
  if (!moves && !text) return getReport(staff, reportId);
  if (!moves && to === "closed") throw new Conflict("This report is closed. Reopen it (change its status) to reply.");

  await db.$transaction(async (tx) => {
    // Only the request that actually moves the status records and announces it (two staff at once).
    const moved = await tx.issueReport.updateMany({
      where: { id: reportId, status: report.status },
      data: { status: to, closedAt: to === "closed" ? new Date() : null },
    });
    if (moved.count === 0) throw new Conflict("Someone changed this report's status just now. Reload it and try again.");
    if (moves) {
      await tx.reportEvent.create({ data: { reportId, actorId: staff.id, kind: "status_change", fromStatus: report.status, toStatus: to } });
    }
    if (text) await tx.reportEvent.create({ data: { reportId, actorId: staff.id, kind: "comment", body: text } });
    await recordAudit(tx, {
      actor: staff,
      action: moves ? "report.status.change" : "report.reply",
      target: { type: "report", id: reportId },
      data: moves ? { number: report.number, from: report.status, to, note: Boolean(text) } : { number: report.number },
      ip: context.ip,
    });
    await notifyReportFollowers(tx, notified, moves ? { kind: "status", to, note: text } : { kind: "reply", body: text! }, staff.id);
  });
  if (moves && report.visibility === "public") refreshDocsPages(); // "Known issues" lists open reports
  return getReport(staff, reportId);
}

/** A public reply by staff on a report's timeline; closed reports take no more replies (as for the reporter). */
export async function replyToReport(actor: Actor | null, reportId: string, markdown: unknown, context: Context = {}): Promise<ReportDetail> {
  const { staff, report, notified } = await reportForStaff(actor, reportId);
  const parsed = staffReplySchema.safeParse({ body: markdown });
  if (!parsed.success) throw new Invalid("Check the reply.", fieldErrorsOf(parsed.error));
  if (report.status === "closed") throw new Conflict("This report is closed. Reopen it (change its status) to reply.");
  const body = parsed.data.body;
  await db.$transaction(async (tx) => {
    const event = await tx.reportEvent.create({ data: { reportId, actorId: staff.id, kind: "comment", body }, select: { id: true } });
    await tx.issueReport.update({ where: { id: reportId }, data: { updatedAt: new Date() } });
    await recordAudit(tx, { actor: staff, action: "report.reply", target: { type: "report", id: reportId }, data: { number: report.number, eventId: event.id }, ip: context.ip });
    await notifyReportFollowers(tx, notified, { kind: "reply", body }, staff.id);
  });
  return getReport(staff, reportId);
}
