import "server-only";
import { db } from "../db";
import { env } from "../env";
import { Invalid, NotFound } from "../errors";
import { requireSignedIn, type Actor } from "../auth/authorize";
import type { ReportImpact, ReportStatus, ReportVisibility } from "../generated/prisma/enums";
import { consume, type Limit } from "../rate-limit/limiter";
import { fieldErrorsOf } from "../validation";
import { visibleTo } from "../catalog/visibility";
import { affectedSummary, type AffectedSummary } from "./affected";
import { listAttachments, type AttachmentInfo } from "./attachments";
import { canSeeReport } from "./report-access";
import { idempotencyKeySchema, reportInputSchema } from "./schemas";
import { looksLikeVulnerability } from "./security-terms";

export const REPORTS_PER_HOUR: Limit = { name: "reports-user", points: env.REPORTS_PER_HOUR, durationSeconds: 3600, message: "You have filed many reports in the last hour." };

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
};

const DETAIL_SELECT = {
  id: true, number: true, title: true, description: true, stepsToReproduce: true, expected: true, actual: true, requestId: true,
  occurredAt: true, environment: true, impact: true, visibility: true, status: true, pageUrl: true, versionLabel: true,
  operationSlug: true, createdAt: true, updatedAt: true, reporterId: true,
  reporter: { select: { name: true } },
  api: { select: { slug: true, name: true, visibility: true } },
  events: { orderBy: { createdAt: "asc" }, select: { kind: true, fromStatus: true, toStatus: true, body: true, createdAt: true, actor: { select: { name: true, email: true } } } },
} as const;

type DetailRow = NonNullable<Awaited<ReturnType<typeof findDetail>>>;
const findDetail = (where: { id: string }) => db.issueReport.findUnique({ where, select: DETAIL_SELECT });

async function toDetail(actor: Actor | null, row: DetailRow): Promise<ReportDetail> {
  const { reporterId, reporter, api, events, ...fields } = row;
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
    timeline: events.map((e) => ({ kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, body: e.body, at: e.createdAt, by: e.actor?.name ?? null })),
  };
}

/**
 * Files a report about an API the reporter may see, optionally one version and operation.
 * The same Idempotency-Key again returns the first report instead of a second one.
 */
export async function createReport(
  actor: Actor | null,
  input: unknown,
  context: { idempotencyKey?: string | null; userAgent?: string | null; locale?: string | null } = {},
): Promise<{ report: ReportDetail; replayed: boolean }> {
  const reporter = requireSignedIn(actor);
  const parsed = reportInputSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const data = parsed.data;
  let idempotencyKey: string | null = null;
  if (context.idempotencyKey) {
    const key = idempotencyKeySchema.safeParse(context.idempotencyKey);
    if (!key.success) throw new Invalid("Invalid Idempotency-Key header.", { idempotencyKey: key.error.issues.map((i) => i.message) });
    idempotencyKey = key.data;
    const earlier = await db.issueReport.findUnique({ where: { reporterId_idempotencyKey: { reporterId: reporter.id, idempotencyKey } }, select: { id: true } });
    if (earlier) return { report: await toDetail(reporter, (await findDetail(earlier))!), replayed: true };
  }

  const api = await db.api.findFirst({ where: { slug: data.api, visibility: { in: visibleTo(reporter) } }, select: { id: true } });
  if (!api) throw new Invalid("There is no API with this name.", { api: ["No API with this name, or you may not report on it."] });
  if (data.version) {
    const version = await db.apiVersion.findUnique({ where: { apiId_label: { apiId: api.id, label: data.version } }, select: { id: true } });
    if (!version) throw new Invalid("This API has no such version.", { version: [`No version "${data.version}".`] });
    if (data.operation) {
      const operation = await db.operation.findUnique({ where: { versionId_slug: { versionId: version.id, slug: data.operation } }, select: { id: true } });
      if (!operation) throw new Invalid("This version has no such operation.", { operation: [`No operation "${data.operation}" in ${data.version}.`] });
    }
  } else if (data.operation) {
    throw new Invalid("Name the version of the operation.", { version: ["Give the version when you name an operation."] });
  }

  await consume(REPORTS_PER_HOUR, reporter.id);
  const visibility = looksLikeVulnerability(data.title, data.description, data.actual) ? "security" : data.visibility;
  try {
    const created = await db.issueReport.create({
      data: {
        reporterId: reporter.id, apiId: api.id, versionLabel: data.version ?? null, operationSlug: data.operation ?? null,
        title: data.title, description: data.description, stepsToReproduce: data.stepsToReproduce ?? null, expected: data.expected ?? null,
        actual: data.actual ?? null, requestId: data.requestId ?? null, occurredAt: data.occurredAt ?? null, environment: data.environment ?? null,
        impact: data.impact, visibility, pageUrl: data.pageUrl ?? null,
        userAgent: context.userAgent?.slice(0, 500) ?? null, locale: context.locale?.slice(0, 100) ?? null, idempotencyKey,
        events: { create: { kind: "created", actorId: reporter.id, toStatus: "open" } },
        triageItem: {
          create: {
            kind: "report", apiId: api.id, versionLabel: data.version ?? null, operationSlug: data.operation ?? null, title: data.title, visibility,
          },
        },
      },
      select: { id: true },
    });
    return { report: await toDetail(reporter, (await findDetail(created))!), replayed: false };
  } catch (error) {
    // A double click racing itself: the other request created it; answer with that one.
    if ((error as { code?: string }).code === "P2002" && idempotencyKey) {
      const earlier = await db.issueReport.findUniqueOrThrow({ where: { reporterId_idempotencyKey: { reporterId: reporter.id, idempotencyKey } }, select: { id: true } });
      return { report: await toDetail(reporter, (await findDetail(earlier))!), replayed: true };
    }
    throw error;
  }
}

/** A report, for those allowed to see it; 404 for everyone else, so ids cannot be probed. */
export async function getReport(actor: Actor | null, id: string): Promise<ReportDetail> {
  const row = await findDetail({ id });
  const apiVisible = row ? visibleTo(actor).includes(row.api.visibility) : false;
  if (!row || !canSeeReport(actor, row, apiVisible)) throw new NotFound("No report with this id.");
  return await toDetail(actor, row);
}

export type ReportListItem = { id: string; number: number; title: string; status: ReportStatus; impact: ReportImpact; visibility: ReportVisibility; api: { slug: string; name: string }; operationSlug: string | null; versionLabel: string | null; createdAt: Date; updatedAt: Date };

/** The signed-in user's own reports, newest first. */
export async function listMyReports(actor: Actor | null): Promise<ReportListItem[]> {
  const me = requireSignedIn(actor);
  return db.issueReport.findMany({
    where: { reporterId: me.id },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, number: true, title: true, status: true, impact: true, visibility: true, operationSlug: true, versionLabel: true, createdAt: true, updatedAt: true, api: { select: { slug: true, name: true } } },
  });
}

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
