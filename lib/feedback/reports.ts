import "server-only";
import { db } from "../db";
import { NotFound } from "../errors";
import { requireSignedIn, type Actor } from "../auth/authorize";
import { isStaffRole } from "../auth/roles";
import type { ReportImpact, ReportStatus, ReportVisibility } from "../generated/prisma/enums";
import { visibleTo } from "../catalog/visibility";
import { affectedSummary, type AffectedSummary } from "./affected";
import { listAttachments, type AttachmentInfo } from "./attachments";
import { fileReport, type FilingContext } from "./file-report";
import { canSeeReport } from "./report-access";

export type ReportDetail = {
  id: string;
  number: number;
  title: string;
  description: string;
  stepsToReproduce: string | null;
  expected: string | null;
  actual: string | null;
  requestId: string | null;
  occurredAt: Date | null;
  environment: string | null;
  impact: ReportImpact;
  visibility: ReportVisibility;
  status: ReportStatus;
  pageUrl: string | null;
  api: { slug: string; name: string };
  versionLabel: string | null;
  operationSlug: string | null;
  reporter: { name: string | null; isYou: boolean };
  createdAt: Date;
  updatedAt: Date;
  timeline: { kind: string; fromStatus: ReportStatus | null; toStatus: ReportStatus | null; body: string | null; at: Date; by: string | null }[];
  /** Only for the reporter and staff who may see the report (see canSeeAttachments). */
  attachments: AttachmentInfo[];
  /** "Affects me too" on public reports; zeros for the others. */
  affected: AffectedSummary;
  /** The SLA targets, for the reporter and staff only. */
  targets: ReportTargets | null;
};

const DETAIL_SELECT = {
  id: true, number: true, title: true, description: true, stepsToReproduce: true, expected: true, actual: true, requestId: true,
  occurredAt: true, environment: true, impact: true, visibility: true, status: true, pageUrl: true, versionLabel: true,
  operationSlug: true, createdAt: true, updatedAt: true, reporterId: true,
  reporter: { select: { name: true } },
  api: { select: { slug: true, name: true, visibility: true } },
  events: { orderBy: { createdAt: "asc" }, select: { kind: true, fromStatus: true, toStatus: true, body: true, createdAt: true, actor: { select: { name: true, email: true } } } },
  triageItem: { select: { responseDueAt: true, resolutionDueAt: true, firstResponseAt: true, resolvedAt: true, pausedAt: true } }, // see TARGETS_SELECT
} as const;

type DetailRow = NonNullable<Awaited<ReturnType<typeof findDetail>>>;
const findDetail = (where: { id: string }) => db.issueReport.findUnique({ where, select: DETAIL_SELECT });

async function toDetail(actor: Actor | null, row: DetailRow): Promise<ReportDetail> {
  const { reporterId, reporter, api, events, triageItem, ...fields } = row;
  const [attachments, affected] = await Promise.all([
    listAttachments(actor, { id: row.id, reporterId, visibility: row.visibility }),
    row.visibility === "public" ? affectedSummary(actor, row.id) : { count: 0, apps: 0, you: false, yourApp: null },
  ]);
  return {
    ...fields,
    attachments,
    affected,
    api: { slug: api.slug, name: api.name },
    reporter: { name: reporter.name, isYou: actor?.id === reporterId },
    targets: actor && (actor.id === reporterId || isStaffRole(actor.role)) ? (triageItem ?? null) : null,
    timeline: events.map((e) => ({ kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, body: e.body, at: e.createdAt, by: e.actor?.name ?? null })),
  };
}

export { fileReport, type FiledReport, type FilingContext } from "./file-report";
/** Files a report (see fileReport) and reads it back whole: for callers that show it at once. */
export async function createReport(
  actor: Actor | null,
  input: unknown,
  context: FilingContext = {},
): Promise<{ report: ReportDetail; replayed: boolean }> {
  const { id, replayed } = await fileReport(actor, input, context);
  return { report: await getReport(actor, id), replayed };
}

/** A report, for those allowed to see it; 404 for everyone else, so ids cannot be probed. */
export async function getReport(actor: Actor | null, id: string): Promise<ReportDetail> {
  const row = await findDetail({ id });
  const apiVisible = row ? visibleTo(actor).includes(row.api.visibility) : false;
  if (!row || !canSeeReport(actor, row, apiVisible)) throw new NotFound("No report with this id.");
  return await toDetail(actor, row);
}

export type ReportListItem = { id: string; number: number; title: string; status: ReportStatus; impact: ReportImpact; visibility: ReportVisibility; api: { slug: string; name: string }; operationSlug: string | null; versionLabel: string | null; createdAt: Date; updatedAt: Date; triageItem?: ReportTargets | null };

/** The signed-in user's own reports, newest first. */
export async function listMyReports(actor: Actor | null): Promise<ReportListItem[]> {
  const me = requireSignedIn(actor);
  return db.issueReport.findMany({
    where: { reporterId: me.id },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true, number: true, title: true, status: true, impact: true, visibility: true, operationSlug: true, versionLabel: true, createdAt: true, updatedAt: true,
      api: { select: { slug: true, name: true } },
      triageItem: { select: TARGETS_SELECT },
    },
  });
}

/** The staff's targets for a report, as its reporter sees them ("My reports", the report page). */
const TARGETS_SELECT = { responseDueAt: true, resolutionDueAt: true, firstResponseAt: true, resolvedAt: true, pausedAt: true } as const;
export type ReportTargets = { responseDueAt: Date | null; resolutionDueAt: Date | null; firstResponseAt: Date | null; resolvedAt: Date | null; pausedAt: Date | null };

export type PublicReportItem = { id: string; number: number; title: string; status: ReportStatus; createdAt: Date; affected: number };

/**
 * Open public reports about one operation (in any version), most affected first: the "Known
 * issues" of its page. Public reports only, whoever asks, so the list can be cached for visitors.
 */
export async function listKnownIssues(apiSlug: string, operationSlug: string, limit = 5): Promise<PublicReportItem[]> {
  const rows = await db.issueReport.findMany({
    where: { visibility: "public", status: { in: ["open", "in_progress", "waiting_on_reporter"] }, operationSlug, api: { slug: apiSlug } },
    select: { id: true, number: true, title: true, status: true, createdAt: true, _count: { select: { affected: true } } },
    orderBy: [{ affected: { _count: "desc" } }, { createdAt: "desc" }],
    take: limit,
  });
  return rows.map(({ _count, ...r }) => ({ ...r, affected: _count.affected }));
}
