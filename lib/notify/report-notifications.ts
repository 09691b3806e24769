import "server-only";
import type { Tx } from "../db";
import { visibleTo } from "../catalog/visibility";
import { reportHref } from "../feedback/dto";
import { STATUS_LABELS } from "../feedback/labels";
import type { ReportStatus, ReportVisibility, Visibility } from "../generated/prisma/enums";
import { notify, type NotifyResult } from "./notify";
import { excerpt, markdownToPlain } from "./text";

export type NotifiedReport = { id: string; number: number; title: string; reporterId: string; visibility: ReportVisibility; apiVisibility: Visibility };

export type ReportChange =
  | { kind: "status"; to: ReportStatus; note?: string | null }
  | { kind: "reply"; body: string }
  | { kind: "merged"; into: { number: number } };

/**
 * Who follows a report: its reporter and, for a public report, everyone who marked it "affects
 * me too" and can still see its API. Private and security reports have no other followers.
 */
export async function reportFollowers(tx: Tx, report: NotifiedReport): Promise<string[]> {
  if (report.visibility !== "public") return [report.reporterId];
  const affected = await tx.reportAffected.findMany({ where: { reportId: report.id }, select: { user: { select: { id: true, role: true } } } });
  const canSee = affected.filter(({ user }) => visibleTo({ id: user.id, email: "", name: null, role: user.role }).includes(report.apiVisibility));
  return [report.reporterId, ...canSee.map(({ user }) => user.id)];
}

/**
 * Tells a report's followers about a status change, a staff reply or a merge, in the caller's
 * transaction. The actor is never told about his own action; a security report only ever reaches
 * its reporter, security staff and admins (notify() enforces that too).
 */
export async function notifyReportFollowers(tx: Tx, report: NotifiedReport, change: ReportChange, actorId: string | null): Promise<NotifyResult> {
  const name = `#${report.number} “${excerpt(report.title, 80)}”`;
  const common = {
    userIds: await reportFollowers(tx, report),
    url: reportHref(report.id),
    actorId,
    confidential: report.visibility === "security" ? { ownerId: report.reporterId } : undefined,
  };
  const email = { reason: "you reported this issue or marked it as affecting you", actionLabel: "Open the report" };
  switch (change.kind) {
    case "status":
      return notify(tx, {
        ...common,
        kind: "report_status",
        title: `Report ${name} is now ${STATUS_LABELS[change.to]}`,
        body: change.note ? markdownToPlain(change.note) : null,
        email: { ...email, subject: `Report #${report.number} is now ${STATUS_LABELS[change.to]}` },
      });
    case "reply":
      return notify(tx, {
        ...common,
        kind: "report_reply",
        title: `New reply from our team on report ${name}`,
        body: markdownToPlain(change.body),
        email: { ...email, subject: `New reply on report #${report.number}` },
      });
    case "merged":
      return notify(tx, {
        ...common,
        kind: "report_merged",
        title: `Report ${name} was merged into report #${change.into.number}`,
        body: "Follow the report it was merged into for further news.",
        email: { ...email, subject: `Report #${report.number} was merged into #${change.into.number}` },
      });
  }
}

