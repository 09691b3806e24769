import "server-only";
import { db } from "../db";
import { intakeRow } from "../triage/intake";
import { newId } from "../db/ids";
import { query, sql } from "../db/sql";
import { env } from "../env";
import { describeWait, Invalid, NotFound, RateLimited } from "../errors";
import { requireSignedIn, type Actor } from "../auth/authorize";
import { isStaffRole } from "../auth/roles";
import type { ReportImpact, ReportStatus, ReportVisibility } from "../generated/prisma/enums";
import { fieldErrorsOf } from "../validation";
import { refreshDocsPages } from "../catalog/docs-cache";
import { visibleTo } from "../catalog/visibility";
import { affectedSummary, type AffectedSummary } from "./affected";
import { listAttachments, type AttachmentInfo } from "./attachments";
import { canSeeReport } from "./report-access";
import { idempotencyKeySchema, reportInputSchema } from "./schemas";
import { looksLikeVulnerability } from "./security-terms";


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

export type FiledReport = { id: string; number: number; status: ReportStatus };
/** What the request tells about a filing besides its body. */
type FilingContext = { idempotencyKey?: string | null; userAgent?: string | null; locale?: string | null };

/**
 * Files a report about an API the reporter may see, optionally one version and operation, and
 * answers with its id and number: the intake path of POST /api/v1/reports, built to take a launch
 * day's load. One query checks the API, version and operation; one statement stores the report,
 * its first timeline event and its triage item (the unique index on reporter + Idempotency-Key
 * turns a retry into a no-op, answered with the first report). Both go straight through pg.
 */
export async function fileReport(
  actor: Actor | null,
  input: unknown,
  context: FilingContext = {},
): Promise<FiledReport & { replayed: boolean }> {
  const reporter = requireSignedIn(actor);
  const parsed = reportInputSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const data = parsed.data;
  let idempotencyKey: string | null = null;
  if (context.idempotencyKey) {
    const key = idempotencyKeySchema.safeParse(context.idempotencyKey);
    if (!key.success) throw new Invalid("Invalid Idempotency-Key header.", { idempotencyKey: key.error.issues.map((i) => i.message) });
    idempotencyKey = key.data;
  }
  if (data.operation && !data.version) throw new Invalid("Name the version of the operation.", { version: ["Give the version when you name an operation."] });

  const [target] = await query<{ api_id: string; version_found: boolean; operation: { method: string; path: string } | null; recent: number; wait_seconds: number | null }>(sql`
    SELECT a.id AS api_id,
           EXISTS (SELECT 1 FROM "ApiVersion" v WHERE v."apiId" = a.id AND v.label = ${data.version ?? null}) AS version_found,
           (SELECT json_build_object('method', o.method, 'path', o.path) FROM "Operation" o JOIN "ApiVersion" v ON v.id = o."versionId"
            WHERE v."apiId" = a.id AND v.label = ${data.version ?? null} AND o.slug = ${data.operation ?? null}) AS operation,
           recent.n AS recent, recent.wait_seconds
    FROM "Api" a,
         -- The hourly allowance: the reporter's reports of the last hour, and when the oldest leaves the window.
         (SELECT count(*)::int AS n, ceil(extract(epoch FROM min("createdAt") + interval '1 hour' - now()))::int AS wait_seconds
          FROM "IssueReport" WHERE "reporterId" = ${reporter.id} AND "createdAt" > now() - interval '1 hour') recent
    WHERE a.slug = ${data.api} AND a.visibility::text = ANY(${visibleTo(reporter)})`);
  if (!target) throw new Invalid("There is no API with this name.", { api: ["No API with this name, or you may not report on it."] });
  if (target.recent >= env.REPORTS_PER_HOUR) {
    const seconds = Math.max(1, target.wait_seconds ?? 60);
    throw new RateLimited(`You have filed many reports in the last hour. Try again in ${describeWait(seconds)}.`, seconds);
  }
  if (data.version && !target.version_found) throw new Invalid("This API has no such version.", { version: [`No version "${data.version}".`] });
  if (data.operation && !target.operation) throw new Invalid("This version has no such operation.", { operation: [`No operation "${data.operation}" in ${data.version}.`] });

  const visibility = looksLikeVulnerability(data.title, data.description, data.actual) ? "security" : data.visibility;
  // Category, suggested severity, priority, team and SLA deadlines: decided before the one statement that files.
  const now = new Date();
  const itemId = newId();
  const intake = await intakeRow({
    kind: "report",
    apiId: target.api_id,
    versionLabel: data.version ?? null,
    operationSlug: data.operation ?? null,
    title: data.title,
    body: [data.description, data.stepsToReproduce, data.expected, data.actual].filter(Boolean).join("\n\n"),
    impact: data.impact,
    createdAt: now,
    operation: target.operation,
  });
  const [created] = await query<{ id: string; number: number }>(sql`
    WITH report AS (
      INSERT INTO "IssueReport" ("id", "reporterId", "apiId", "versionLabel", "operationSlug", "title", "description", "stepsToReproduce",
        "expected", "actual", "requestId", "occurredAt", "environment", "impact", "visibility", "pageUrl", "userAgent", "locale", "idempotencyKey", "updatedAt")
      VALUES (${newId()}, ${reporter.id}, ${target.api_id}, ${data.version ?? null}, ${data.operation ?? null}, ${data.title}, ${data.description},
        ${data.stepsToReproduce ?? null}, ${data.expected ?? null}, ${data.actual ?? null}, ${data.requestId ?? null}, ${data.occurredAt ?? null},
        ${data.environment ?? null}, ${data.impact}::"ReportImpact", ${visibility}::"ReportVisibility", ${data.pageUrl ?? null},
        ${context.userAgent?.slice(0, 500) ?? null}, ${context.locale?.slice(0, 100) ?? null}, ${idempotencyKey}, now())
      ON CONFLICT ("reporterId", "idempotencyKey") DO NOTHING
      RETURNING "id", "number"
    ), event AS (
      INSERT INTO "ReportEvent" ("id", "reportId", "actorId", "kind", "toStatus")
      SELECT ${newId()}, "id", ${reporter.id}, 'created', 'open' FROM report
    ), item AS (
      INSERT INTO "TriageItem" ("id", "kind", "reportId", "apiId", "versionLabel", "operationSlug", "title", "body", "reporterId", "visibility",
        "category", "categoryConfidence", "suggestedSeverity", "severityReasons", "priority", "teamId", "hypercareWindowId",
        "slaStartedAt", "responseDueAt", "resolutionDueAt", "slaDueAt", "createdAt", "updatedAt")
      SELECT ${itemId}, 'report', "id", ${target.api_id}, ${data.version ?? null}, ${data.operation ?? null}, ${data.title}, ${intake.columns.body},
        ${reporter.id}, ${visibility}::"ReportVisibility", ${intake.columns.category}::"TriageCategory", ${intake.columns.categoryConfidence}::float8,
        ${intake.columns.suggestedSeverity}::"Severity", ${intake.columns.severityReasons}::text[], ${intake.columns.priority}::"Priority", ${intake.columns.teamId}::text,
        ${intake.columns.hypercareWindowId}::text, ${now}::timestamp(3), ${intake.columns.responseDueAt}::timestamp(3), ${intake.columns.resolutionDueAt}::timestamp(3),
        ${intake.columns.slaDueAt}::timestamp(3), ${now}::timestamp(3), ${now}::timestamp(3)
      FROM report
      RETURNING "id"
    ), item_event AS (
      INSERT INTO "TriageEvent" ("id", "itemId", "kind", "data")
      SELECT ${newId()}, "id", 'created', ${JSON.stringify(intake.event.data)}::jsonb FROM item
    )
    SELECT "id", "number" FROM report`);
  if (created) {
    if (visibility === "public") refreshDocsPages(); // the operation's "Known issues"
    return { id: created.id, number: created.number, status: "open", replayed: false };
  }
  // The same Idempotency-Key again (a double click racing itself, or a retry): the first report.
  const earlier = await db.issueReport.findUniqueOrThrow({
    where: { reporterId_idempotencyKey: { reporterId: reporter.id, idempotencyKey: idempotencyKey! } },
    select: { id: true, number: true, status: true },
  });
  return { ...earlier, replayed: true };
}

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
