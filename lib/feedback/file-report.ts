import "server-only";
import { db } from "../db";
import { newId } from "../db/ids";
import { preparedQuery, sql } from "../db/sql";
import { env } from "../env";
import { describeWait, Conflict, Invalid, RateLimited, Unauthenticated } from "../errors";
import type { SessionUser } from "../auth/authorize";
import { ROLES } from "../auth/roles";
import type { ReportStatus } from "../generated/prisma/enums";
import { fieldErrorsOf } from "../validation";
import { refreshDocsPages } from "../catalog/docs-cache";
import { visibleTo } from "../catalog/visibility";
import { intakeRow, type IntakeRow } from "../triage/intake";
import { filingTargets, targetKey, type FilingTarget } from "./filing-targets";
import { idempotencyKeySchema, reportInputSchema } from "./schemas";
import { looksLikeVulnerability } from "./security-terms";
import { truncateText } from "../http/unstorable-text";

// The intake path of POST /api/v1/reports, built to take a launch day's load: one statement, one
// round trip to the database per report. It reads the reporter and his role, checks that he may see
// the API and that the version and operation exist, counts his hourly allowance, and stores the
// report, its first timeline event, its triage item and the item's first event.
//
// Intake (category, severity, team, SLA deadlines) depends on the API's id and the operation's
// method and path, so it is computed before the statement from what a recent filing found for the
// same API, version and operation (filing-targets.ts). The statement stores nothing unless the
// database still agrees; when it does not (the first report on a target, or a re-import changed
// it) it answers with what it found, intake runs again on that, and the statement is sent once more.

export type FiledReport = { id: string; number: number; status: ReportStatus };
/** What the request tells about a filing besides its body. */
export type FilingContext = { idempotencyKey?: string | null; userAgent?: string | null; locale?: string | null };

type Data = ReturnType<typeof reportInputSchema.parse>;

/** "role:visibility" for every API visibility each role may see: visibleTo(), for the statement. */
const VISIBLE_PAIRS = ROLES.flatMap((role) => visibleTo({ id: "", email: "", name: null, role }).map((v) => `${role}:${v}`));

/** A target changing between two attempts means a re-import is running: the reporter may retry. */
const MAX_ATTEMPTS = 3;

type Outcome = {
  signed_in: boolean;
  api_id: string | null;
  version_found: boolean | null;
  operation: { method: string; path: string } | null;
  recent: number | null;
  wait_seconds: number | null;
  id: string | null;
  number: number | null;
};

/**
 * Files a report about an API the reporter may see, optionally one version and operation, and
 * answers with its id and number. A retry with the same Idempotency-Key answers the first report
 * (the unique index on reporter + key turns the insert into a no-op).
 */
export async function fileReport(
  reporter: SessionUser | null,
  input: unknown,
  context: FilingContext = {},
): Promise<FiledReport & { replayed: boolean }> {
  if (!reporter) throw new Unauthenticated();
  const parsed = reportInputSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const data = parsed.data;
  const idempotencyKey = checkedIdempotencyKey(context.idempotencyKey);
  if (data.operation && !data.version) throw new Invalid("Name the version of the operation.", { version: ["Give the version when you name an operation."] });

  const visibility = looksLikeVulnerability(data.title, data.description, data.actual) ? "security" : data.visibility;
  const key = targetKey(data.api, data.version, data.operation);
  let target = filingTargets.get(key) ?? null;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const now = new Date();
    const intake = target ? await intakeFor(data, target, now) : null;
    const [outcome] = await preparedQuery<Outcome>("file_report", filingStatement({ reporter, data, visibility, idempotencyKey, context, now, target, intake }));
    const found = checkedTarget(data, outcome!);
    if (outcome!.id !== null) {
      if (visibility === "public") refreshDocsPages(); // the operation's "Known issues"
      return { id: outcome!.id, number: outcome!.number!, status: "open", replayed: false };
    }
    if (target && sameTarget(target, found)) return await earlierReport(reporter, idempotencyKey);
    // First report on this target, or it changed: remember what the database says and file again.
    filingTargets.set(key, found);
    target = found;
  }
  throw new Conflict("The API changed while the report was filed (an import is running). Send the report again.");
}

function checkedIdempotencyKey(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const key = idempotencyKeySchema.safeParse(raw);
  if (!key.success) throw new Invalid("Invalid Idempotency-Key header.", { idempotencyKey: key.error.issues.map((i) => i.message) });
  return key.data;
}

/** What the statement found about the reporter and the target, as errors for what is wrong. */
function checkedTarget(data: Data, outcome: Outcome): FilingTarget {
  if (!outcome.signed_in) throw new Unauthenticated(); // a valid session of a deleted account
  if (!outcome.api_id) throw new Invalid("There is no API with this name.", { api: ["No API with this name, or you may not report on it."] });
  if (outcome.recent! >= env.REPORTS_PER_HOUR) {
    const seconds = Math.max(1, outcome.wait_seconds ?? 60);
    throw new RateLimited(`You have filed many reports in the last hour. Try again in ${describeWait(seconds)}.`, seconds);
  }
  if (data.version && !outcome.version_found) throw new Invalid("This API has no such version.", { version: [`No version "${data.version}".`] });
  if (data.operation && !outcome.operation) throw new Invalid("This version has no such operation.", { operation: [`No operation "${data.operation}" in ${data.version}.`] });
  return { apiId: outcome.api_id, operation: outcome.operation };
}

const operationKey = (target: FilingTarget) => (target.operation ? `${target.operation.method} ${target.operation.path}` : null);
const sameTarget = (a: FilingTarget, b: FilingTarget) => a.apiId === b.apiId && operationKey(a) === operationKey(b);

/** Category, suggested severity, priority, team and SLA deadlines, decided before the statement. */
function intakeFor(data: Data, target: FilingTarget, now: Date): Promise<IntakeRow> {
  return intakeRow({
    kind: "report",
    apiId: target.apiId,
    versionLabel: data.version ?? null,
    operationSlug: data.operation ?? null,
    title: data.title,
    body: [data.description, data.stepsToReproduce, data.expected, data.actual].filter(Boolean).join("\n\n"),
    impact: data.impact,
    createdAt: now,
    operation: target.operation,
  });
}

type FilingStatement = {
  reporter: SessionUser;
  data: Data;
  visibility: string;
  idempotencyKey: string | null;
  context: FilingContext;
  now: Date;
  /** Null: check only (nothing is stored), since intake has not run yet. */
  target: FilingTarget | null;
  intake: IntakeRow | null;
};

function filingStatement({ reporter, data, visibility, idempotencyKey, context, now, target, intake }: FilingStatement) {
  const item = intake?.columns;
  return sql`
    WITH me AS (
      SELECT "id", "role"::text AS role FROM "User" WHERE "id" = ${reporter.id}
    ), target AS (
      SELECT a.id AS api_id,
             EXISTS (SELECT 1 FROM "ApiVersion" v WHERE v."apiId" = a.id AND v.label = ${data.version ?? null}) AS version_found,
             (SELECT json_build_object('method', o.method, 'path', o.path) FROM "Operation" o JOIN "ApiVersion" v ON v.id = o."versionId"
              WHERE v."apiId" = a.id AND v.label = ${data.version ?? null} AND o.slug = ${data.operation ?? null}) AS operation,
             -- The hourly allowance: the reporter's reports of the last hour (counted no further than
             -- the limit), and when the oldest of them leaves the window.
             (SELECT count(*)::int FROM (SELECT 1 FROM "IssueReport" r WHERE r."reporterId" = me.id AND r."createdAt" > now() - interval '1 hour'
              LIMIT ${env.REPORTS_PER_HOUR}) recent) AS recent,
             (SELECT ceil(extract(epoch FROM r."createdAt" + interval '1 hour' - now()))::int FROM "IssueReport" r
              WHERE r."reporterId" = me.id AND r."createdAt" > now() - interval '1 hour' ORDER BY r."createdAt" LIMIT 1) AS wait_seconds
      FROM me JOIN "Api" a ON a.slug = ${data.api} AND (me.role || ':' || a.visibility::text) = ANY(${VISIBLE_PAIRS}::text[])
    ), accepted AS (
      -- Stores only what intake was computed for: the same API and operation, every check passed.
      SELECT t.api_id FROM target t
      WHERE t.api_id = ${target?.apiId ?? null}::text
        AND (${data.version ?? null}::text IS NULL OR t.version_found)
        AND (${data.operation ?? null}::text IS NULL OR (t.operation->>'method') || ' ' || (t.operation->>'path') = ${target ? operationKey(target) : null}::text)
        AND t.recent < ${env.REPORTS_PER_HOUR}
    ), report AS (
      INSERT INTO "IssueReport" ("id", "reporterId", "apiId", "versionLabel", "operationSlug", "title", "description", "stepsToReproduce",
        "expected", "actual", "requestId", "occurredAt", "environment", "impact", "visibility", "pageUrl", "userAgent", "locale", "idempotencyKey", "createdAt", "updatedAt")
      SELECT ${newId()}, ${reporter.id}, api_id, ${data.version ?? null}, ${data.operation ?? null}, ${data.title}, ${data.description},
        ${data.stepsToReproduce ?? null}, ${data.expected ?? null}, ${data.actual ?? null}, ${data.requestId ?? null}, ${data.occurredAt ?? null}::timestamp(3),
        ${data.environment ?? null}, ${data.impact}::"ReportImpact", ${visibility}::"ReportVisibility", ${data.pageUrl ?? null},
        ${context.userAgent ? truncateText(context.userAgent, 500) : null}, ${context.locale ? truncateText(context.locale, 100) : null}, ${idempotencyKey}, ${now}::timestamp(3), ${now}::timestamp(3)
      FROM accepted
      ON CONFLICT ("reporterId", "idempotencyKey") DO NOTHING
      RETURNING "id", "number"
    ), event AS (
      INSERT INTO "ReportEvent" ("id", "reportId", "actorId", "kind", "toStatus", "createdAt")
      SELECT ${newId()}, "id", ${reporter.id}, 'created', 'open', ${now}::timestamp(3) FROM report
    ), item AS (
      INSERT INTO "TriageItem" ("id", "kind", "reportId", "apiId", "versionLabel", "operationSlug", "title", "body", "reporterId", "visibility",
        "category", "categoryConfidence", "suggestedSeverity", "severityReasons", "priority", "teamId", "hypercareWindowId",
        "slaStartedAt", "responseDueAt", "resolutionDueAt", "slaDueAt", "createdAt", "updatedAt")
      SELECT ${newId()}, 'report', report."id", accepted.api_id, ${data.version ?? null}, ${data.operation ?? null}, ${data.title}, ${item?.body ?? null},
        ${reporter.id}, ${visibility}::"ReportVisibility", ${item?.category ?? null}::"TriageCategory", ${item?.categoryConfidence ?? null}::float8,
        ${item?.suggestedSeverity ?? null}::"Severity", ${item?.severityReasons ?? null}::text[], ${item?.priority ?? null}::"Priority", ${item?.teamId ?? null}::text,
        ${item?.hypercareWindowId ?? null}::text, ${now}::timestamp(3), ${item?.responseDueAt ?? null}::timestamp(3), ${item?.resolutionDueAt ?? null}::timestamp(3),
        ${item?.slaDueAt ?? null}::timestamp(3), ${now}::timestamp(3), ${now}::timestamp(3)
      FROM report, accepted
      RETURNING "id"
    ), item_event AS (
      INSERT INTO "TriageEvent" ("id", "itemId", "kind", "data", "createdAt")
      SELECT ${newId()}, "id", 'created', ${intake ? JSON.stringify(intake.event.data) : null}::jsonb, ${now}::timestamp(3) FROM item
    )
    SELECT me.id IS NOT NULL AS signed_in, t.api_id, t.version_found, t.operation, t.recent, t.wait_seconds, report.id, report.number
    FROM (SELECT 1) one LEFT JOIN me ON true LEFT JOIN target t ON true LEFT JOIN report ON true`;
}

/** The same Idempotency-Key again (a double click racing itself, or a retry): the first report. */
async function earlierReport(reporter: SessionUser, idempotencyKey: string | null): Promise<FiledReport & { replayed: boolean }> {
  const earlier = idempotencyKey
    ? await db.issueReport.findUnique({
        where: { reporterId_idempotencyKey: { reporterId: reporter.id, idempotencyKey } },
        select: { id: true, number: true, status: true },
      })
    : null;
  // Only a conflict on the key stops an accepted insert; anything else would be a bug worth a 500.
  if (!earlier) throw new Error("A report was accepted but not stored, and no earlier report has its Idempotency-Key.");
  return { ...earlier, replayed: true };
}
