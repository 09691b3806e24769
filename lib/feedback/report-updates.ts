import "server-only";
import { db } from "../db";
import { Conflict, Forbidden, Invalid } from "../errors";
import { requireSignedIn, type Actor } from "../auth/authorize";
import { isStaffRole } from "../auth/roles";
import { consume, type Limit } from "../rate-limit/limiter";
import { fieldErrorsOf } from "../validation";
import { refreshDocsPages } from "../catalog/docs-cache";
import { notifyReportFollowers } from "../notify/report-notifications";
import { replyToReport } from "./report-staff";
import { getReport, type ReportDetail } from "./reports";
import { commentInputSchema } from "./schemas";
import { afterReporterClose, afterReporterComment } from "../triage/reporter-moves";
import { loadTriageSettings } from "../triage/settings";


const COMMENTS_PER_HOUR: Limit = { name: "report-comments-user", points: 60, durationSeconds: 3600, message: "You have commented a lot in the last hour." };

/**
 * Adds information to an open report. The reporter and staff who may see the report can comment;
 * other readers of a public report cannot (they will say "affects me too" instead).
 */
export async function addReportComment(actor: Actor | null, reportId: string, input: unknown): Promise<ReportDetail> {
  const author = requireSignedIn(actor);
  const report = await getReport(author, reportId); // 404 for reports the author may not see
  if (!report.reporter.isYou && !isStaffRole(author.role)) throw new Forbidden("Only the reporter and our staff can comment on a report.");
  if (report.status === "closed") throw new Conflict("This report is closed. Report a new issue if the problem is back.");
  const parsed = commentInputSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the comment.", fieldErrorsOf(parsed.error));
  await consume(COMMENTS_PER_HOUR, author.id);
  // Staff comments are public replies: audited, and the reporter and affected developers are told.
  if (isStaffRole(author.role)) return replyToReport(author, reportId, parsed.data.body);
  const settings = await loadTriageSettings();
  await db.$transaction(async (tx) => {
    await tx.reportEvent.create({ data: { reportId, actorId: author.id, kind: "comment", body: parsed.data.body } });
    // An answer while the team waits on the reporter, or a comment soon after resolving, reopens the work.
    const reopened = await afterReporterComment(tx, { reportId, actorId: author.id, settings });
    if (reopened && reopened !== report.status) {
      await tx.reportEvent.create({ data: { reportId, actorId: author.id, kind: "status_change", fromStatus: report.status, toStatus: "in_progress" } });
    }
    await tx.issueReport.update({ where: { id: reportId }, data: { updatedAt: new Date(), ...(reopened ? { status: "in_progress", closedAt: null } : {}) } });
  });
  return getReport(author, reportId);
}

/** The reporter closes their own report (fixed, or no longer needed). */
export async function closeOwnReport(actor: Actor | null, reportId: string): Promise<ReportDetail> {
  const reporter = requireSignedIn(actor);
  const report = await getReport(reporter, reportId);
  if (!report.reporter.isYou) throw new Forbidden("Only the reporter can close their report.");
  if (report.status === "closed") return report;
  const api = await db.api.findUniqueOrThrow({ where: { slug: report.api.slug }, select: { visibility: true } });
  const settings = await loadTriageSettings();
  await db.$transaction(async (tx) => {
    await tx.issueReport.update({ where: { id: reportId }, data: { status: "closed", closedAt: new Date() } });
    await tx.reportEvent.create({ data: { reportId, actorId: reporter.id, kind: "status_change", fromStatus: report.status, toStatus: "closed" } });
    await afterReporterClose(tx, { reportId, actorId: reporter.id, settings });
    // Developers who said it affects them learn that it is closed (the reporter is the actor: not told).
    await notifyReportFollowers(
      tx,
      { id: report.id, number: report.number, title: report.title, reporterId: reporter.id, visibility: report.visibility, apiVisibility: api.visibility },
      { kind: "status", to: "closed" },
      reporter.id,
    );
  });
  if (report.visibility === "public") refreshDocsPages();
  return getReport(reporter, reportId);
}
