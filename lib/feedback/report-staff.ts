import "server-only";
import { z } from "zod";
import { db } from "../db";
import { Invalid, NotFound } from "../errors";
import { requireStaff, type Actor } from "../auth/authorize";
import { visibleTo } from "../catalog/visibility";
import type { ReportStatus } from "../generated/prisma/enums";
import { replyPublicly } from "../triage/answers";
import { updateItem } from "../triage/update";
import { fieldErrorsOf } from "../validation";
import { canSeeReport } from "./report-access";
import { getReport, type ReportDetail } from "./reports";
import { commentInputSchema } from "./schemas";

// Staff work on a report from its own page or the staff API: change its status (with an optional
// public note) and reply publicly. Both go through the report's triage item, so they are audited,
// keep the SLA clocks right and notify the reporter and, for public reports, everyone it affects.

/** The statuses staff set on a report; won't fix and duplicate come from the triage dashboard. */
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
  return { staff, report };
}

/**
 * Moves a report to another status through its triage item (the same rules as the triage
 * dashboard: allowed moves only, a note to resolve), with an optional note posted as a public
 * reply. Setting the status it already has changes nothing; a note alone is a reply.
 */
export async function changeReportStatus(actor: Actor | null, reportId: string, status: unknown, note?: unknown, context: Context = {}): Promise<ReportDetail> {
  const { staff, report } = await reportForStaff(actor, reportId);
  const parsed = statusChangeSchema.safeParse({ status, note });
  if (!parsed.success) throw new Invalid("Check the status change.", fieldErrorsOf(parsed.error));
  const { status: to, note: text } = parsed.data;
  const itemId = await itemIdOf(reportId);
  if (report.status === to) {
    if (text) await replyPublicly(staff, itemId, { body: text }, context);
    return getReport(staff, reportId);
  }
  await updateItem(staff, itemId, { status: to === "open" ? "triaged" : to, ...(text ? { resolutionNote: text } : {}) }, context);
  return getReport(staff, reportId);
}

/** A public reply by staff on a report's timeline; closed reports take no more replies (as for the reporter). */
export async function replyToReport(actor: Actor | null, reportId: string, markdown: unknown, context: Context = {}): Promise<ReportDetail> {
  const { staff } = await reportForStaff(actor, reportId);
  await replyPublicly(staff, await itemIdOf(reportId), { body: markdown }, context);
  return getReport(staff, reportId);
}

async function itemIdOf(reportId: string): Promise<string> {
  const item = await db.triageItem.findUnique({ where: { reportId }, select: { id: true } });
  if (!item) throw new NotFound("No report with this id.");
  return item.id;
}
