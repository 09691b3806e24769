import "server-only";
import { pool } from "../db";
import { createBatcher } from "../db/batcher";
import { newId } from "../db/ids";
import { preparedQuery, timestampParam } from "../db/sql";
import { env } from "../env";
import type { SessionUser } from "../auth/authorize";
import { ROLES } from "../auth/roles";
import { visibleTo } from "../catalog/visibility";
import { truncateText } from "../http/unstorable-text";
import type { IntakeRow } from "../triage/intake";
import type { FilingContext } from "./file-report";
import { operationKey, type FilingTarget } from "./filing-targets";
import type { ReportData } from "./schemas";

// The filing statement, for one report or many: filings that arrive while statements are in flight
// go to the database together (lib/db/batcher.ts), one row each, and each row gets its own answer.
// A row is stored only when its checks pass and the database agrees with what its intake was
// computed for; otherwise the answer says what the database found.

/** "role:visibility" for every API visibility each role may see: visibleTo(), for the statement. */
const VISIBLE_PAIRS = ROLES.flatMap((role) => visibleTo({ id: "", email: "", name: null, role }).map((v) => `${role}:${v}`));

/** What the statement found for one filing, and the report it stored (id null: none). */
export type Outcome = {
  signed_in: boolean;
  api_id: string | null;
  version_found: boolean | null;
  operation: { method: string; path: string } | null;
  recent: number | null;
  wait_seconds: number | null;
  id: string | null;
  number: number | null;
};

/** One filing's row of the batch statement: what it stores, and what intake was computed for. */
type FilingRow = {
  reporter_id: string;
  api: string;
  version: string | null;
  operation: string | null;
  /** Intake ran for this API and operation ("METHOD path"); null: check only, store nothing. */
  guess_api_id: string | null;
  guess_operation: string | null;
  report_id: string;
  event_id: string;
  item_id: string;
  item_event_id: string;
  title: string;
  description: string;
  steps: string | null;
  expected: string | null;
  actual: string | null;
  request_id: string | null;
  occurred_at: string | null;
  environment: string | null;
  impact: string;
  visibility: string;
  page_url: string | null;
  user_agent: string | null;
  locale: string | null;
  idempotency_key: string | null;
  created_at: string;
  item_body: string | null;
  category: string | null;
  category_confidence: number | null;
  suggested_severity: string | null;
  severity_reasons: string[] | null;
  priority: string | null;
  team_id: string | null;
  hypercare_window_id: string | null;
  response_due_at: string | null;
  resolution_due_at: string | null;
  sla_due_at: string | null;
  event_data: unknown;
};

const utc = (date: Date | null | undefined) => (date ? timestampParam(date) : null);

/** A filing as the statement takes it. */
export type Filing = {
  reporter: SessionUser;
  data: ReportData;
  visibility: string;
  idempotencyKey: string | null;
  context: FilingContext;
  now: Date;
  /** What intake was computed for; null: check only (nothing is stored), since intake has not run yet. */
  target: FilingTarget | null;
  intake: IntakeRow | null;
};

function filingRow(input: Filing): FilingRow {
  const { reporter, data, visibility, idempotencyKey, context, now, target, intake } = input;
  const item = intake?.columns;
  return {
    reporter_id: reporter.id,
    api: data.api,
    version: data.version ?? null,
    operation: data.operation ?? null,
    guess_api_id: target?.apiId ?? null,
    guess_operation: target ? operationKey(target) : null,
    report_id: newId(),
    event_id: newId(),
    item_id: newId(),
    item_event_id: newId(),
    title: data.title,
    description: data.description,
    steps: data.stepsToReproduce ?? null,
    expected: data.expected ?? null,
    actual: data.actual ?? null,
    request_id: data.requestId ?? null,
    occurred_at: utc(data.occurredAt),
    environment: data.environment ?? null,
    impact: data.impact,
    visibility,
    page_url: data.pageUrl ?? null,
    user_agent: context.userAgent ? truncateText(context.userAgent, 500) : null,
    locale: context.locale ? truncateText(context.locale, 100) : null,
    idempotency_key: idempotencyKey,
    created_at: utc(now)!,
    item_body: item?.body ?? null,
    category: item?.category ?? null,
    category_confidence: item?.categoryConfidence ?? null,
    suggested_severity: item?.suggestedSeverity ?? null,
    severity_reasons: item?.severityReasons ?? null,
    priority: item?.priority ?? null,
    team_id: item?.teamId ?? null,
    hypercare_window_id: item?.hypercareWindowId ?? null,
    response_due_at: utc(item?.responseDueAt),
    resolution_due_at: utc(item?.resolutionDueAt),
    sla_due_at: utc(item?.slaDueAt),
    event_data: intake?.event.data ?? null,
  };
}

// Each filing's checks run per row; a row is stored only if they pass and the database agrees
// with what its intake was computed for. $1 the rows (JSON), $2 VISIBLE_PAIRS, $3 the hourly limit.
const FILING_STATEMENT = `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(idx int,
      reporter_id text, api text, version text, operation text, guess_api_id text, guess_operation text,
      report_id text, event_id text, item_id text, item_event_id text, title text, description text, steps text,
      expected text, actual text, request_id text, occurred_at timestamp(3), environment text, impact "ReportImpact",
      visibility "ReportVisibility", page_url text, user_agent text, locale text, idempotency_key text, created_at timestamp(3),
      item_body text, category "TriageCategory", category_confidence float8, suggested_severity "Severity", severity_reasons text[],
      priority "Priority", team_id text, hypercare_window_id text, response_due_at timestamp(3), resolution_due_at timestamp(3),
      sla_due_at timestamp(3), event_data jsonb)
  ), checked AS (
    SELECT i.idx, me.id IS NOT NULL AS signed_in, a.id AS api_id,
           EXISTS (SELECT 1 FROM "ApiVersion" v WHERE v."apiId" = a.id AND v.label = i.version) AS version_found,
           (SELECT json_build_object('method', o.method, 'path', o.path) FROM "Operation" o JOIN "ApiVersion" v ON v.id = o."versionId"
            WHERE v."apiId" = a.id AND v.label = i.version AND o.slug = i.operation) AS operation,
           -- The hourly allowance: the reporter's reports of the last hour (counted no further than
           -- the limit), and when the oldest of them leaves the window.
           (SELECT count(*)::int FROM (SELECT 1 FROM "IssueReport" r WHERE r."reporterId" = me.id AND r."createdAt" > now() - interval '1 hour'
            LIMIT $3) recent) AS recent,
           (SELECT ceil(extract(epoch FROM r."createdAt" + interval '1 hour' - now()))::int FROM "IssueReport" r
            WHERE r."reporterId" = me.id AND r."createdAt" > now() - interval '1 hour' ORDER BY r."createdAt" LIMIT 1) AS wait_seconds
    FROM input i
    LEFT JOIN "User" me ON me.id = i.reporter_id
    LEFT JOIN "Api" a ON a.slug = i.api AND (me.role::text || ':' || a.visibility::text) = ANY($2::text[])
  ), accepted AS (
    SELECT i.* FROM input i JOIN checked c ON c.idx = i.idx
    WHERE c.api_id = i.guess_api_id
      AND (i.version IS NULL OR c.version_found)
      AND (i.operation IS NULL OR (c.operation->>'method') || ' ' || (c.operation->>'path') = i.guess_operation)
      AND c.recent < $3
  ), report AS (
    INSERT INTO "IssueReport" ("id", "reporterId", "apiId", "versionLabel", "operationSlug", "title", "description", "stepsToReproduce",
      "expected", "actual", "requestId", "occurredAt", "environment", "impact", "visibility", "pageUrl", "userAgent", "locale", "idempotencyKey", "createdAt", "updatedAt")
    SELECT report_id, reporter_id, guess_api_id, version, operation, title, description, steps, expected, actual, request_id, occurred_at,
      environment, impact, visibility, page_url, user_agent, locale, idempotency_key, created_at, created_at
    FROM accepted
    ON CONFLICT ("reporterId", "idempotencyKey") DO NOTHING
    RETURNING "id", "number"
  ), event AS (
    INSERT INTO "ReportEvent" ("id", "reportId", "actorId", "kind", "toStatus", "createdAt")
    SELECT a.event_id, r.id, a.reporter_id, 'created', 'open', a.created_at FROM report r JOIN accepted a ON a.report_id = r.id
  ), item AS (
    INSERT INTO "TriageItem" ("id", "kind", "reportId", "apiId", "versionLabel", "operationSlug", "title", "body", "reporterId", "visibility",
      "category", "categoryConfidence", "suggestedSeverity", "severityReasons", "priority", "teamId", "hypercareWindowId",
      "slaStartedAt", "responseDueAt", "resolutionDueAt", "slaDueAt", "createdAt", "updatedAt")
    SELECT a.item_id, 'report', r.id, a.guess_api_id, a.version, a.operation, a.title, a.item_body, a.reporter_id, a.visibility,
      a.category, a.category_confidence, a.suggested_severity, a.severity_reasons, a.priority, a.team_id, a.hypercare_window_id,
      a.created_at, a.response_due_at, a.resolution_due_at, a.sla_due_at, a.created_at, a.created_at
    FROM report r JOIN accepted a ON a.report_id = r.id
    RETURNING "id"
  ), item_event AS (
    INSERT INTO "TriageEvent" ("id", "itemId", "kind", "data", "createdAt")
    SELECT a.item_event_id, item.id, 'created', a.event_data, a.created_at FROM item JOIN accepted a ON a.item_id = item.id
  )
  SELECT c.signed_in, c.api_id, c.version_found, c.operation, c.recent, c.wait_seconds, report.id, report.number
  FROM checked c JOIN input i ON i.idx = c.idx LEFT JOIN report ON report.id = i.report_id
  ORDER BY c.idx`;

/** Most filings in one statement: a batch stays a few milliseconds of the database's time. */
const MAX_BATCH = 50;

const filings = createBatcher<FilingRow, Outcome>({
  maxBatch: MAX_BATCH,
  // A few statements at once keep both database CPUs busy and leave connections for other work.
  maxInFlight: Math.min(3, pool.options.max ?? 10),
  // A statement counts the reporter's allowance before its own inserts: one filing of his at a time.
  key: (row) => row.reporter_id,
  run: (rows) => preparedQuery<Outcome>("file_reports", { text: FILING_STATEMENT, values: [JSON.stringify(rows.map((row, idx) => ({ idx, ...row }))), VISIBLE_PAIRS, env.REPORTS_PER_HOUR] }),
});

/** Files a report in the next statement to go: what the database found for it, and stored. */
export const submitFiling = (filing: Filing): Promise<Outcome> => filings.submit(filingRow(filing));
