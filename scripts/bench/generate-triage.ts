/**
 * npm run bench:generate-triage -- [--items 1000000] [--batch 50000] [--seed 0.42]
 *
 * Fills the database (DATABASE_URL, else the embedded default) with N triage items whose
 * distributions look like a year of API feedback with a launch in it: 70 % reports, 20 % doc
 * ratings, 10 % forum threads; 2 % security items; most old items closed, recent ones open; a
 * priority mix of 3/12/45/30 % critical/high/medium/low and ~10 % not yet prioritized; SLA
 * deadlines from the configured targets (shortened during the hypercare window), some breached;
 * titles and texts from a vocabulary of API feedback so full-text search has realistic
 * selectivity. Items point at real APIs, versions and operations of the database (seed or import
 * some first), and at teams and staff it creates when missing (4 teams, 20 staff users
 * bench-triager-N@example.com, 2,000 reporters bench-dev-N@example.com) and a hypercare window.
 *
 * It writes with set-based SQL (INSERT … SELECT … FROM generate_series) in batches, one statement
 * per batch, then VACUUM (ANALYZE). Only TriageItem rows are made: reportId/ratingId/threadId stay
 * null and no timeline events are written.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { plainClient } from "../../lib/db/connection";
import { databaseUrlOrDefault } from "../../lib/db/url";
import { DEFAULT_TRIAGE_SETTINGS, triageSettingsSchema, type TriageSettings } from "../../lib/triage/settings-schema";

// ---------------------------------------------------------------- vocabulary

// "{op}" becomes "METHOD /path", the operation's summary or the API's name; "{n}" a request id.
/** Report titles and first sentences per category; rating and thread items have their own. */
const TEXTS: Record<string, { titles: string[]; bodies: string[] }> = {
  bug: {
    titles: [
      "500 Internal Server Error from {op}",
      "{op} returns 400 for a valid request body",
      "{op} ignores the limit parameter",
      "Null id in the response of {op}",
      "{op} returns duplicate items when paging",
      "Wrong Content-Type header on {op}",
      "{op} fails with invalid signature after key rotation",
      "Pagination cursor from {op} is rejected on the next call",
      "{op} returns 404 for an existing resource",
      "Date fields from {op} are off by one hour",
      "Webhook not delivered after {op}",
      "{op} answers 401 with a freshly created key",
      "Unknown enum value in {op} response breaks the SDK",
      "{op} silently drops unicode characters",
    ],
    bodies: [
      "Calling it with the documented example returns HTTP 500 and an empty body.",
      "Since yesterday the response is missing the id field, which breaks our deserializer.",
      'We get 400 Bad Request with the message "invalid payload" although the body matches the schema.',
      "The second page repeats items from the first page.",
      "Production is down for us: all requests fail for our customers in the EU region.",
      "It works in the sandbox but fails in production with the same payload.",
      "The SDK throws a parse error because the response contains null where an object is expected.",
      "Retrying the same request returns a different result.",
      "Data loss: records we created yesterday are gone from the list.",
    ],
  },
  performance: {
    titles: [
      "{op} takes over 10 seconds",
      "Timeouts on {op} since this morning",
      "Latency spike on {op} during peak hours",
      "{op} is slow with large page sizes",
      "Intermittent 504 Gateway Timeout on {op}",
      "Rate limit hit far below the documented quota on {op}",
      "{op} p99 latency doubled after the release",
      "Batch calls to {op} time out",
    ],
    bodies: [
      "Response times went from 200 ms to more than 8 seconds.",
      "About one call in ten times out after 30 seconds.",
      "We see 504 errors from the gateway during European business hours.",
      "The latency grows with the page size; with limit=100 it takes 12 seconds.",
      "Our nightly sync now takes four hours instead of twenty minutes.",
      "We get HTTP 429 Too Many Requests at 20 requests per minute.",
    ],
  },
  usability: {
    titles: [
      "Error message of {op} does not say which field is wrong",
      "Confusing parameter names on {op}",
      "{op} needs too many calls for a simple task",
      "Hard to find the sandbox for {op}",
      "Inconsistent naming between {op} and the SDK",
      "Try-it console does not keep my headers for {op}",
    ],
    bodies: [
      'The error only says "validation failed" without naming the field.',
      "It took us a day to understand which parameter selects the account.",
      "The names differ between the reference and the SDK, which confuses new developers.",
      "We need three calls to do what should be one.",
      "The console forgets the headers every time the page reloads.",
    ],
  },
  feature_request: {
    titles: [
      "Please add filtering by date to {op}",
      "Support bulk updates in {op}",
      "Add webhooks for changes made through {op}",
      "Allow sorting the results of {op}",
      "Expose an ETag on {op}",
      "Request: idempotency keys for {op}",
      "Add a sandbox mode for {op}",
    ],
    bodies: [
      "It would save us many calls if we could filter by updated date.",
      "Our customers ask for bulk operations; today we loop over thousands of items.",
      "A webhook would let us stop polling every minute.",
      "Sorting on the server would make our dashboard much faster.",
      "Other providers offer this already; it blocks our migration.",
    ],
  },
  security: {
    titles: [
      "API key visible in the logs of {op}",
      "{op} returns other customers' data",
      "Leaked key still accepted by {op} after revocation",
      "Missing authorization check on {op}",
      "Token not expiring on {op}",
      "Sensitive fields exposed in {op} error details",
    ],
    bodies: [
      "A leaked key from a public repository still works.",
      "The response includes email addresses of other tenants.",
      "The access token keeps working days after the user was removed.",
      "Stack traces with internal hostnames are returned to the client.",
      "Security issue: the endpoint can be called without any credentials.",
    ],
  },
  documentation: {
    titles: [
      "Docs for {op} show the wrong response schema",
      "Example request for {op} does not work",
      "Missing error codes in the docs of {op}",
      "Outdated authentication section for {op}",
      "The docs of {op} do not mention the rate limit",
      "Typo in the parameter description of {op}",
    ],
    bodies: [
      "The example in the docs uses a field that the API rejects.",
      "The response schema in the reference lists fields that never appear.",
      "The page does not explain what happens on a 409 Conflict.",
      "The authentication guide still describes the old token endpoint.",
      "The code sample is missing the required header.",
    ],
  },
  question: {
    titles: [
      "How do I paginate {op}?",
      "Is {op} idempotent?",
      "Which scopes does {op} need?",
      "What is the maximum page size of {op}?",
      "Can {op} be called from the browser (CORS)?",
      "How long are results of {op} cached?",
    ],
    bodies: [
      "We could not find this in the docs or in the forum.",
      "Is there a recommended way to retry failed calls?",
      "Do we need a separate key for the sandbox?",
      "Could someone from the team confirm the expected behaviour?",
      "Is this behaviour guaranteed or an implementation detail?",
    ],
  },
  // Negative doc ratings with a comment, titled like lib/feedback/ratings.ts titles them.
  rating: {
    titles: ["Not helpful: {op} — Incorrect", "Not helpful: {op} — Missing example", "Not helpful: {op} — Unclear", "Not helpful: {op} — Outdated", "Not helpful: {op} — Other", "Not helpful: {op} — no reason given"],
    bodies: [
      "The example is wrong: the field is called customer_id, not customerId.",
      "No example for the error response.",
      "Unclear which fields are required.",
      "This page still describes version 1.",
      "The curl example fails with 401.",
      "Please add an example in Python.",
      "The description of the limit parameter contradicts the reference.",
      "Outdated screenshots.",
    ],
  },
  // Forum threads unanswered past the threshold, titled like lib/forum/unanswered.ts titles them.
  thread: {
    titles: [
      "Unanswered: How to paginate {op}?",
      "Unanswered: {op} returns 403 with a valid token",
      "Unanswered: Best practice for retries on {op}",
      "Unanswered: Webhook signature does not match",
      "Unanswered: Sandbox data reset schedule?",
      "Unanswered: Using {op} from a serverless function",
      "Unanswered: Migration from v1 to v2 for {op}",
      "Unanswered: Is there a Go SDK?",
    ],
    bodies: [
      "We could not find this in the docs.",
      "Has anyone solved this already?",
      "Our integration is blocked until we know.",
      "The answer in the old thread no longer works.",
      "Any pointer to an example would help.",
    ],
  },
};

const CONTEXT_SENTENCES = [
  "Request id: req_{n}.",
  "Environment: production, Node.js SDK 4.2.",
  "Environment: sandbox, curl 8.5.",
  "This happens for every call to {op} since the last release.",
  "We first saw it on Monday around 09:00 UTC.",
  "It affects about a third of our users.",
  "Steps to reproduce: call {op} with the example from the docs.",
  "Our app is in the middle of a launch, so this is urgent for us.",
  "We use the Java SDK 2.1 behind a corporate proxy.",
  "Seen from two different apps, so it is not our client.",
  "Request id: req_{n}; the status code is as described above.",
];

const CLOSING_SENTENCES = ["Thanks for looking into it.", "Happy to provide more logs.", "Any workaround would help.", "Please advise.", ""];

const TEAMS = [
  { slug: "bench-api-platform", name: "API Platform" },
  { slug: "bench-integrations", name: "Integrations" },
  { slug: "bench-reliability", name: "Reliability" },
  { slug: "bench-security-response", name: "Security Response" },
];
const STAFF_USERS = 20;
/** The last staff users are security staff: they work the security team's items. */
const SECURITY_STAFF = 4;
const REPORTERS = 2_000;
/** Share of all items filed in the elapsed part of the launch's hypercare window (the spike). */
const SPIKE_SHARE = 0.12;

// ---------------------------------------------------------------- setup

type LaunchWindow = { id: string; versionId: string; startsAt: Date; endsAt: Date; factor: number };

// Columns are timestamp(3) without time zone holding UTC: pass and read them as text, so the
// process's time zone never shifts them.
const sqlTimestamp = (d: Date) => d.toISOString().slice(0, 23).replace("T", " ");
const fromSqlTimestamp = (s: string) => new Date(`${s.replace(" ", "T")}Z`);

async function readSettings(client: pg.Client): Promise<TriageSettings> {
  const { rows } = await client.query<{ data: unknown }>(`SELECT "data" FROM "TriageSettings" WHERE "id" = 1`);
  const parsed = rows[0] ? triageSettingsSchema.safeParse(rows[0].data) : undefined;
  return parsed?.success ? parsed.data : DEFAULT_TRIAGE_SETTINGS;
}

/**
 * 4 teams with 20 staff members among them: up to 3 existing teams (else bench teams) for
 * routing by API, and a security team (an existing one named so, else a bench team) whose
 * security staff work the security items. Returns the number of teams; the security team is last.
 */
async function ensureTeamsAndStaff(client: pg.Client, now: Date): Promise<number> {
  const { rows: existing } = await client.query<{ id: string; slug: string }>(`SELECT "id", "slug" FROM "Team" ORDER BY "isDefault" DESC, "createdAt", "id"`);
  let needsDefault = !(await client.query(`SELECT 1 FROM "Team" WHERE "isDefault"`)).rowCount;
  const upsertTeam = async (team: { slug: string; name: string }) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "Team" ("id", "slug", "name", "isDefault") VALUES ($1, $2, $3, $4)
       ON CONFLICT ("slug") DO UPDATE SET "slug" = EXCLUDED."slug" RETURNING "id"`,
      [randomUUID(), team.slug, team.name, needsDefault],
    );
    needsDefault = false;
    return rows[0]!.id;
  };
  const routed = existing.filter((t) => !t.slug.includes("security")).slice(0, TEAMS.length - 1).map((t) => t.id);
  for (const team of TEAMS.slice(0, -1)) {
    if (routed.length >= TEAMS.length - 1) break;
    const id = await upsertTeam(team);
    if (!routed.includes(id)) routed.push(id);
  }
  const securityTeam = existing.find((t) => t.slug.includes("security"))?.id ?? (await upsertTeam(TEAMS.at(-1)!));
  const teamIds = [...routed, securityTeam];

  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "role", "createdAt", "updatedAt")
     SELECT 'bench-triager-' || g, 'bench-triager-' || g || '@example.com', 'Bench Triager ' || g,
            (CASE WHEN g > $1 THEN 'security' ELSE 'triager' END)::"Role", $2::timestamp(3), $2::timestamp(3)
     FROM generate_series(1, $3::int) g
     ON CONFLICT DO NOTHING`,
    [STAFF_USERS - SECURITY_STAFF, sqlTimestamp(now), STAFF_USERS],
  );
  // Triagers round-robin over the routed teams; security staff in the security team.
  const { rows: staff } = await client.query<{ id: string; role: string }>(
    `SELECT "id", "role"::text AS role FROM "User" WHERE "email" LIKE 'bench-triager-%@example.com' ORDER BY "createdAt", "email"`,
  );
  const triagers = staff.filter((s) => s.role !== "security");
  const security = staff.filter((s) => s.role === "security");
  const members = [...triagers.map((s, i) => [routed[i % routed.length]!, s.id]), ...security.map((s) => [securityTeam, s.id])];
  await client.query(`DELETE FROM "TeamMember" WHERE "userId" = ANY($1)`, [staff.map((s) => s.id)]);
  await client.query(`INSERT INTO "TeamMember" ("teamId", "userId") SELECT * FROM unnest($1::text[], $2::text[])`, [members.map((m) => m[0]), members.map((m) => m[1])]);
  // Utility statements take no parameters: create each temp table, then fill it.
  await client.query(`DROP TABLE IF EXISTS bench_team; DROP TABLE IF EXISTS bench_member;
    CREATE TEMP TABLE bench_team (idx int, id text); CREATE TEMP TABLE bench_member (team_idx int, k int, n int, user_id text)`);
  await client.query(`INSERT INTO bench_team SELECT i::int, id FROM unnest($1::text[]) WITH ORDINALITY AS x(id, i)`, [teamIds]);
  await client.query(
    `INSERT INTO bench_member
     SELECT t.idx AS team_idx, row_number() OVER (PARTITION BY t.idx ORDER BY m."userId")::int AS k,
            count(*) OVER (PARTITION BY t.idx)::int AS n, m."userId" AS user_id
     FROM bench_team t JOIN "TeamMember" m ON m."teamId" = t.id`,
  );
  return teamIds.length;
}

async function ensureReporters(client: pg.Client, now: Date): Promise<string[]> {
  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "role", "createdAt", "updatedAt")
     SELECT 'bench-dev-' || g, 'bench-dev-' || g || '@example.com', 'Bench Developer ' || g, 'developer', $1::timestamp(3), $1::timestamp(3)
     FROM generate_series(1, $2::int) g
     ON CONFLICT DO NOTHING`,
    [sqlTimestamp(now), REPORTERS],
  );
  const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" LIKE 'bench-dev-%@example.com' ORDER BY "email"`);
  return rows.map((r) => r.id);
}

/**
 * The launch: a hypercare window running now (started 10 days ago, 14 days long) on the version
 * with the most operations, unless a window already started within the last year.
 */
async function ensureHypercareWindow(client: pg.Client, now: Date, factor: number): Promise<LaunchWindow> {
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000);
  const { rows: found } = await client.query<{ id: string; versionId: string; startsAt: string; endsAt: string; factor: number }>(
    `SELECT w."id", w."versionId", w."startsAt"::text AS "startsAt", w."endsAt"::text AS "endsAt", w."factor" FROM "HypercareWindow" w
     WHERE w."startsAt" BETWEEN $1::timestamp(3) AND $2::timestamp(3) AND EXISTS (SELECT 1 FROM "Operation" o WHERE o."versionId" = w."versionId")
     ORDER BY w."startsAt" DESC LIMIT 1`,
    [sqlTimestamp(yearAgo), sqlTimestamp(now)],
  );
  if (found[0]) return { ...found[0], startsAt: fromSqlTimestamp(found[0].startsAt), endsAt: fromSqlTimestamp(found[0].endsAt) };
  const { rows: versions } = await client.query<{ id: string }>(
    `SELECT v."id" FROM "ApiVersion" v JOIN "Api" a ON a."id" = v."apiId" JOIN "Operation" o ON o."versionId" = v."id"
     GROUP BY v."id", a."visibility" ORDER BY (a."visibility" = 'public') DESC, count(*) DESC, v."id" LIMIT 1`,
  );
  if (!versions[0]) throw new Error("The database has no API operations: seed the demo data or import an API first (npm run db:seed).");
  const window = { id: randomUUID(), versionId: versions[0].id, startsAt: new Date(now.getTime() - 10 * 86_400_000), endsAt: new Date(now.getTime() + 4 * 86_400_000), factor };
  await client.query(`INSERT INTO "HypercareWindow" ("id", "versionId", "startsAt", "endsAt", "factor") VALUES ($1, $2, $3::timestamp(3), $4::timestamp(3), $5)`, [
    window.id,
    window.versionId,
    sqlTimestamp(window.startsAt),
    sqlTimestamp(window.endsAt),
    window.factor,
  ]);
  return window;
}

/** Temp tables the insert joins: operations (the launched version's first), texts, SLA targets, matrix cells. */
async function createLookupTables(client: pg.Client, settings: TriageSettings, launchVersionId: string, teams: number): Promise<{ operations: number; launchOperations: number }> {
  await client.query(`DROP TABLE IF EXISTS bench_op; DROP TABLE IF EXISTS bench_text; DROP TABLE IF EXISTS bench_target; DROP TABLE IF EXISTS bench_cell;
    CREATE TEMP TABLE bench_op (idx int, api_id text, api_name text, version_id text, version_label text, op_slug text, method_path text, summary text, team_idx int);
    CREATE TEMP TABLE bench_text (key text, titles text[], bodies text[]);
    CREATE TEMP TABLE bench_target (priority text, response_min int, resolution_min int);
    CREATE TEMP TABLE bench_cell (priority text, severity text, impact text, k int, n int)`);
  await client.query(
    `INSERT INTO bench_op
     SELECT row_number() OVER (ORDER BY (v."id" = $1) DESC, md5(o."id"))::int AS idx,
            a."id" AS api_id, a."name" AS api_name, v."id" AS version_id, v."label" AS version_label, o."slug" AS op_slug,
            upper(o."method") || ' ' || o."path" AS method_path, left(nullif(o."summary", ''), 80) AS summary,
            -- routing by API: each API's items go to one of the routed teams (all but the last)
            1 + (dense_rank() OVER (ORDER BY a."slug") - 1) % ($2::int - 1) AS team_idx
     FROM "Operation" o JOIN "ApiVersion" v ON v."id" = o."versionId" JOIN "Api" a ON a."id" = v."apiId"`,
    [launchVersionId, teams],
  );
  const { rows } = await client.query<{ operations: number; launch: number }>(`SELECT count(*)::int AS operations, count(*) FILTER (WHERE version_id = $1)::int AS launch FROM bench_op`, [launchVersionId]);
  // Lists of different lengths do not fit a text[][]: each goes in as JSON.
  await client.query(
    `INSERT INTO bench_text
     SELECT key, ARRAY(SELECT json_array_elements_text(titles::json)), ARRAY(SELECT json_array_elements_text(bodies::json))
     FROM unnest($1::text[], $2::text[], $3::text[]) AS x(key, titles, bodies)`,
    [Object.keys(TEXTS), Object.values(TEXTS).map((t) => JSON.stringify(t.titles)), Object.values(TEXTS).map((t) => JSON.stringify(t.bodies))],
  );
  const priorities = Object.keys(settings.targets) as (keyof TriageSettings["targets"])[];
  await client.query(`INSERT INTO bench_target SELECT * FROM unnest($1::text[], $2::int[], $3::int[])`, [
    priorities,
    priorities.map((p) => settings.targets[p].firstResponseMinutes),
    priorities.map((p) => settings.targets[p].resolutionMinutes),
  ]);
  // Severity × impact cells per priority, so severity and impact agree with the priority matrix.
  const cells = Object.entries(settings.matrix).flatMap(([severity, row]) => Object.entries(row).map(([impact, priority]) => ({ severity, impact, priority })));
  await client.query(
    `INSERT INTO bench_cell
     SELECT priority, severity, impact, row_number() OVER (PARTITION BY priority ORDER BY severity, impact)::int AS k, count(*) OVER (PARTITION BY priority)::int AS n
     FROM unnest($1::text[], $2::text[], $3::text[]) AS x(severity, impact, priority)`,
    [cells.map((c) => c.severity), cells.map((c) => c.impact), cells.map((c) => c.priority)],
  );
  await client.query(`ANALYZE bench_op; ANALYZE bench_text; ANALYZE bench_target; ANALYZE bench_cell; ANALYZE bench_team; ANALYZE bench_member`);
  return { operations: rows[0]!.operations, launchOperations: rows[0]!.launch };
}

// ---------------------------------------------------------------- the batch insert

/**
 * One batch: items g = $1..$2 of this run. Every random draw is a column of `drawn`, so the
 * later steps can make columns depend on each other (age → status → clocks).
 */
const INSERT_BATCH = `
INSERT INTO "TriageItem" (
  "id", "kind", "apiId", "versionLabel", "operationSlug", "title", "body", "reporterId", "visibility", "status",
  "category", "categoryConfidence", "categoryByStaff", "suggestedSeverity", "severityReasons", "severity", "impactScope",
  "priority", "teamId", "assigneeId", "labels", "hypercareWindowId", "slaStartedAt", "pausedAt", "pausedMinutes",
  "responseDueAt", "resolutionDueAt", "firstResponseAt", "resolvedAt", "responseBreachedAt", "resolutionBreachedAt",
  "slaDueAt", "affectedCount", "affectedApps", "mergedIntoId", "possibleDuplicateId", "possibleDuplicateScore", "duplicateCheckedAt",
  "createdAt", "updatedAt")
WITH drawn AS (
  SELECT g, random() AS r_kind, random() AS r_spike, random() AS r_age, random() AS r_op, random() AS r_op2,
         random() AS r_op_label, random() AS r_no_op, random() AS r_vis, random() AS r_cat, random() AS r_status,
         random() AS r_pri, random() AS r_pri_new, random() AS r_cell, random() AS r_conf, random() AS r_staff_cat,
         random() AS r_team, random() AS r_reroute, random() AS r_asg, random() AS r_asg_on, random() AS r_resp,
         random() AS r_reply_later, random() AS r_res, random() AS r_pause, random() AS r_paused_before,
         random() AS r_aff, random() AS r_aff2, random() AS r_apps, random() AS r_label, random() AS r_rep,
         random() AS r_rep2, random() AS r_title, random() AS r_body1, random() AS r_body2, random() AS r_body3,
         random() AS r_reqid, random() AS r_dup, random() AS r_upd, random() AS r_similar
  FROM generate_series($1::int, $2::int) AS g
),
dated AS (
  SELECT d.*,
    CASE WHEN d.r_kind < 0.7 THEN 'report' WHEN d.r_kind < 0.9 THEN 'rating' ELSE 'thread' END AS kind,
    -- the launch spike: filed during the window so far; else a year that grows towards today
    CASE WHEN d.r_spike < $3::float8 THEN $4::timestamp(3) + ($5::timestamp(3) - $4::timestamp(3)) * d.r_age
         ELSE $6::timestamp(3) - interval '365 days' * power(d.r_age, 1.5) END AS created_at,
    -- spike items are mostly about the launched version (its operations come first in bench_op)
    CASE WHEN d.r_spike < $3::float8 AND d.r_op < 0.8 AND $7::int > 0 THEN 1 + floor(d.r_op / 0.8 * $7::int)::int
         ELSE $8::int + 1 + floor(power(d.r_op2, 1.6) * ($9::int - $8::int))::int END AS op_idx
  FROM drawn d
),
described AS (
  SELECT d.*, o.api_id, o.version_label, o.team_idx AS api_team_idx,
    CASE WHEN d.r_no_op < 0.1 THEN NULL ELSE o.op_slug END AS op_slug,
    CASE WHEN d.r_no_op < 0.1 THEN o.api_name WHEN d.r_op_label < 0.6 OR o.summary IS NULL THEN o.method_path ELSE o.summary END AS op_label,
    extract(epoch FROM $6::timestamp(3) - d.created_at) / 86400 AS age_days,
    CASE WHEN d.kind = 'report' AND d.r_vis < 0.0286 THEN 'security'
         WHEN d.kind = 'rating' OR (d.kind = 'report' AND d.r_vis < 0.1786) THEN 'private'
         ELSE 'public' END AS visibility,
    (o.version_id = $10::text AND d.created_at BETWEEN $4::timestamp(3) AND $11::timestamp(3)) AS hypercare
  FROM dated d JOIN bench_op o ON o.idx = d.op_idx
),
classified AS (
  SELECT x.*,
    CASE
      WHEN x.visibility = 'security' THEN 'security'
      WHEN x.kind = 'rating' THEN CASE WHEN x.r_cat < 0.6 THEN 'documentation' WHEN x.r_cat < 0.75 THEN 'usability' WHEN x.r_cat < 0.9 THEN 'question' ELSE 'bug' END
      WHEN x.kind = 'thread' THEN CASE WHEN x.r_cat < 0.55 THEN 'question' WHEN x.r_cat < 0.7 THEN 'feature_request' WHEN x.r_cat < 0.85 THEN 'bug' WHEN x.r_cat < 0.95 THEN 'documentation' ELSE 'usability' END
      ELSE CASE WHEN x.r_cat < 0.45 THEN 'bug' WHEN x.r_cat < 0.57 THEN 'performance' WHEN x.r_cat < 0.64 THEN 'usability' WHEN x.r_cat < 0.74 THEN 'feature_request' WHEN x.r_cat < 0.82 THEN 'documentation' ELSE 'question' END
    END AS category,
    -- old items are mostly done; recent ones are still being worked
    CASE
      WHEN x.age_days < 7 THEN CASE WHEN x.r_status < 0.35 THEN 'new' WHEN x.r_status < 0.60 THEN 'triaged' WHEN x.r_status < 0.78 THEN 'in_progress' WHEN x.r_status < 0.85 THEN 'waiting_on_reporter' WHEN x.r_status < 0.95 THEN 'resolved' WHEN x.r_status < 0.98 THEN 'duplicate' ELSE 'closed' END
      WHEN x.age_days < 30 THEN CASE WHEN x.r_status < 0.07 THEN 'new' WHEN x.r_status < 0.19 THEN 'triaged' WHEN x.r_status < 0.34 THEN 'in_progress' WHEN x.r_status < 0.42 THEN 'waiting_on_reporter' WHEN x.r_status < 0.77 THEN 'resolved' WHEN x.r_status < 0.88 THEN 'closed' WHEN x.r_status < 0.94 THEN 'wont_fix' ELSE 'duplicate' END
      ELSE CASE WHEN x.r_status < 0.005 THEN 'new' WHEN x.r_status < 0.015 THEN 'triaged' WHEN x.r_status < 0.03 THEN 'in_progress' WHEN x.r_status < 0.05 THEN 'waiting_on_reporter' WHEN x.r_status < 0.35 THEN 'resolved' WHEN x.r_status < 0.87 THEN 'closed' WHEN x.r_status < 0.93 THEN 'wont_fix' ELSE 'duplicate' END
    END AS status
  FROM described x
),
prioritized AS (
  SELECT c.*,
    -- most new items are not prioritized yet; 8.5 % of the rest never were; security items rank high
    CASE WHEN (c.status = 'new' AND c.r_pri_new < 0.6) OR c.r_pri >= 0.915 THEN NULL
         WHEN c.visibility = 'security' THEN CASE WHEN c.r_pri < 0.3 THEN 'critical' WHEN c.r_pri < 0.7 THEN 'high' ELSE 'medium' END
         WHEN c.r_pri < 0.03 THEN 'critical' WHEN c.r_pri < 0.15 THEN 'high' WHEN c.r_pri < 0.60 THEN 'medium' ELSE 'low' END AS priority,
    CASE WHEN c.status <> 'new' AND c.r_paused_before < 0.08 THEN floor(30 + c.r_pause * 2000)::int ELSE 0 END AS earlier_pauses,
    CASE WHEN c.visibility = 'security' THEN $12::int
         WHEN c.r_reroute < 0.1 THEN 1 + floor(c.r_team * ($12::int - 1))::int
         ELSE c.api_team_idx END AS team_idx
  FROM classified c
),
targeted AS (
  SELECT p.*, cell.severity, cell.impact,
    ceil(t.response_min * CASE WHEN p.hypercare THEN $13::float8 ELSE 1 END) AS response_min,
    ceil(t.resolution_min * CASE WHEN p.hypercare THEN $13::float8 ELSE 1 END) AS resolution_min
  FROM prioritized p
  LEFT JOIN bench_cell cell ON cell.priority = p.priority AND cell.k = 1 + floor(p.r_cell * cell.n)::int
  LEFT JOIN bench_target t ON t.priority = p.priority
),
responded AS (
  SELECT t.*,
    t.created_at + t.response_min * interval '1 minute' AS response_due,
    t.created_at + (t.resolution_min + t.earlier_pauses) * interval '1 minute' AS resolution_due,
    -- replies come after a share of the target; beyond 1 the target was missed (~14 %)
    CASE WHEN t.status = 'new' OR (t.status = 'triaged' AND t.r_reply_later < 0.3) THEN NULL
         ELSE least($6::timestamp(3), t.created_at + (1 + coalesce(t.response_min, 240) * 1.25 * power(t.r_resp, 1.5)) * interval '1 minute') END AS first_response_at
  FROM targeted t
),
resolved AS (
  SELECT r.*,
    CASE WHEN r.status IN ('resolved', 'closed', 'wont_fix', 'duplicate')
         THEN least($6::timestamp(3), greatest(r.first_response_at,
                r.created_at + coalesce(r.resolution_min + r.earlier_pauses, 14400) * 1.3 * power(r.r_res, 1.3) * interval '1 minute')) END AS resolved_at,
    CASE WHEN r.status = 'waiting_on_reporter'
         THEN coalesce(r.first_response_at, r.created_at) + ($6::timestamp(3) - coalesce(r.first_response_at, r.created_at)) * r.r_pause END AS paused_at
  FROM responded r
),
finished AS (
  SELECT r.*,
    r.status IN ('new', 'triaged', 'in_progress') AS running,
    CASE WHEN r.status IN ('new', 'triaged', 'in_progress') THEN CASE WHEN r.first_response_at IS NULL THEN r.response_due ELSE r.resolution_due END END AS sla_due,
    CASE WHEN r.kind <> 'report' OR r.visibility <> 'public' OR r.r_aff < 0.7 THEN 0
         WHEN r.r_aff < 0.93 THEN 1 + floor(r.r_aff2 * 9)::int
         WHEN r.r_aff < 0.99 THEN 10 + floor(r.r_aff2 * 90)::int
         ELSE 100 + floor(r.r_aff2 * 700)::int END AS affected,
    replace(replace(
      bt.bodies[1 + floor(r.r_body1 * cardinality(bt.bodies))::int] || ' ' ||
      ($14::text[])[1 + floor(r.r_body2 * cardinality($14::text[]))::int] || ' ' ||
      ($15::text[])[1 + floor(r.r_body3 * cardinality($15::text[]))::int],
      '{op}', r.op_label), '{n}', lpad(to_hex(floor(r.r_reqid * 2147483647)::int), 8, '0')) AS body,
    left(replace(bt.titles[1 + floor(r.r_title * cardinality(bt.titles))::int], '{op}', r.op_label), 200) AS title
  FROM resolved r
  JOIN bench_text bt ON bt.key = CASE WHEN r.kind = 'report' THEN r.category ELSE r.kind END
)
SELECT
  $16::text || f.g, f.kind::"FeedbackKind", f.api_id, f.version_label, f.op_slug, f.title, rtrim(f.body),
  CASE WHEN f.kind = 'rating' AND f.r_rep < 0.5 THEN NULL ELSE ($17::text[])[1 + floor(power(f.r_rep2, 2) * cardinality($17::text[]))::int] END,
  f.visibility::"ReportVisibility", f.status::"TriageStatus", f.category::"TriageCategory",
  CASE WHEN f.r_staff_cat < 0.15 AND f.status <> 'new' THEN NULL ELSE round((0.97 - 0.6 * power(f.r_conf, 2))::numeric, 3)::float8 END,
  f.r_staff_cat < 0.15 AND f.status <> 'new',
  coalesce(f.severity, CASE f.category WHEN 'security' THEN 'critical' WHEN 'bug' THEN 'major' WHEN 'performance' THEN 'major' ELSE 'minor' END)::"Severity",
  CASE WHEN f.category = 'security' THEN ARRAY['Mentions "security"'] WHEN f.severity = 'critical' THEN ARRAY['Mentions "production down"'] ELSE ARRAY[]::text[] END,
  f.severity::"Severity", f.impact::"ImpactScope", f.priority::"Priority",
  team.id,
  member.user_id,
  CASE WHEN f.r_label < 0.03 THEN ARRAY['regression'] WHEN f.r_label < 0.05 THEN ARRAY['sdk'] WHEN f.r_label < 0.06 THEN ARRAY['customer-escalation']
       WHEN f.hypercare AND f.r_label < 0.4 THEN ARRAY['launch'] ELSE ARRAY[]::text[] END,
  CASE WHEN f.hypercare THEN $18::text END,
  f.created_at, f.paused_at, f.earlier_pauses,
  f.response_due, f.resolution_due, f.first_response_at, f.resolved_at,
  CASE WHEN f.response_due < coalesce(f.first_response_at, CASE WHEN f.running THEN $6::timestamp(3) END) THEN f.response_due END,
  CASE WHEN f.resolution_due < coalesce(f.resolved_at, f.paused_at, CASE WHEN f.running THEN $6::timestamp(3) END) THEN f.resolution_due END,
  f.sla_due, f.affected,
  CASE WHEN f.affected = 0 THEN 0 ELSE greatest(1, ceil(f.affected * (0.3 + 0.6 * f.r_apps)))::int END,
  -- duplicates point at an item of an earlier batch, which exists already
  CASE WHEN f.status = 'duplicate' AND f.g > $19::int + 5000 THEN $16::text || (f.g - $19::int - floor(f.r_dup * 5000)::int) END,
  -- the duplicate check found a likely earlier item for a few others
  CASE WHEN f.status <> 'duplicate' AND f.r_similar < 0.04 AND f.g > $19::int + 5000 THEN $16::text || (f.g - $19::int - floor(f.r_dup * 5000)::int) END,
  CASE WHEN f.status <> 'duplicate' AND f.r_similar < 0.04 AND f.g > $19::int + 5000 THEN round((0.55 + 10 * f.r_similar)::numeric, 3)::float8 END,
  f.created_at + interval '1 minute',
  f.created_at,
  least($6::timestamp(3), greatest(f.created_at, f.first_response_at, f.resolved_at, f.paused_at) + f.r_upd * interval '2 hours')
FROM finished f
JOIN bench_team team ON team.idx = f.team_idx
LEFT JOIN bench_member member ON member.team_idx = f.team_idx AND member.k = 1 + floor(f.r_asg * member.n)::int
  AND NOT ((f.status = 'new' AND f.r_asg_on < 0.8) OR (f.status <> 'new' AND f.r_asg_on < 0.1))`;

export type GenerateOptions = {
  items: number;
  batchSize?: number;
  /** setseed() value in [-1, 1]: the same seed on the same catalog gives the same items. */
  seed?: number;
  now?: Date;
  /** Called after each batch with the items written so far. */
  onProgress?: (done: number, total: number, elapsedMs: number) => void;
};

export type GenerateResult = { items: number; setupSeconds: number; insertSeconds: number; vacuumAnalyzeSeconds: number; rowsPerSecond: number; operations: number; launchOperations: number };

/** Writes `items` triage items into the database at `databaseUrl` (see the file comment). */
export async function generateTriageItems(databaseUrl: string, options: GenerateOptions): Promise<GenerateResult> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 50_000;
  const client = plainClient(databaseUrl);
  await client.connect();
  try {
    const setupStarted = performance.now();
    const settings = await readSettings(client);
    const teams = await ensureTeamsAndStaff(client, now);
    const reporters = await ensureReporters(client, now);
    const window = await ensureHypercareWindow(client, now, settings.hypercareFactor);
    const { operations, launchOperations } = await createLookupTables(client, settings, window.versionId, teams);
    await client.query(`SELECT setseed($1)`, [options.seed ?? 0.42]);
    const setupSeconds = (performance.now() - setupStarted) / 1000;

    const runTag = `bt${Date.now().toString(36)}-`;
    // The spike fills the window's elapsed part; baseline items avoid the launched version when other operations exist.
    const spikeEnd = new Date(Math.min(now.getTime(), window.endsAt.getTime()));
    const baselineFrom = operations > launchOperations ? launchOperations : 0;
    const started = performance.now();
    for (let from = 1; from <= options.items; from += batchSize) {
      const to = Math.min(options.items, from + batchSize - 1);
      await client.query(INSERT_BATCH, [
        from,
        to,
        SPIKE_SHARE,
        sqlTimestamp(window.startsAt),
        sqlTimestamp(spikeEnd),
        sqlTimestamp(now),
        launchOperations,
        baselineFrom,
        operations,
        window.versionId,
        sqlTimestamp(window.endsAt),
        teams,
        window.factor,
        CONTEXT_SENTENCES,
        CLOSING_SENTENCES,
        runTag,
        reporters,
        window.id,
        batchSize,
      ]);
      options.onProgress?.(to, options.items, performance.now() - started);
    }
    const insertSeconds = (performance.now() - started) / 1000;
    // VACUUM as well as ANALYZE: it flushes the full-text index's pending list and sets the
    // visibility map, so the measurements that follow do not compete with autovacuum.
    const vacuumStarted = performance.now();
    await client.query(`VACUUM (ANALYZE) "TriageItem"`);
    await client.query(`ANALYZE "User"; ANALYZE "Team"; ANALYZE "TeamMember"; ANALYZE "HypercareWindow"`);
    const vacuumAnalyzeSeconds = (performance.now() - vacuumStarted) / 1000;
    return { items: options.items, setupSeconds, insertSeconds, vacuumAnalyzeSeconds, rowsPerSecond: options.items / insertSeconds, operations, launchOperations };
  } finally {
    await client.end();
  }
}

/** Shares of the items by kind, visibility, status, priority, category, and the open/breached counts, to check the distributions. */
export async function describeTriageItems(databaseUrl: string, now = new Date()): Promise<{ total: number; shares: Record<string, [string, number][]>; open: number; breachedOpen: number; hypercare: number; withAffected: number }> {
  const client = plainClient(databaseUrl);
  await client.connect();
  try {
    const shares: Record<string, [string, number][]> = {};
    for (const column of ["kind", "visibility", "status", "priority", "category"]) {
      const { rows } = await client.query<{ value: string | null; n: number }>(`SELECT "${column}"::text AS value, count(*)::int AS n FROM "TriageItem" GROUP BY 1 ORDER BY 2 DESC`);
      shares[column] = rows.map((r) => [r.value ?? "none", r.n]);
    }
    const { rows } = await client.query<{ total: number; open: number; breached_open: number; hypercare: number; with_affected: number }>(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE "status" IN ('new', 'triaged', 'in_progress', 'waiting_on_reporter'))::int AS open,
              count(*) FILTER (WHERE "status" IN ('new', 'triaged', 'in_progress', 'waiting_on_reporter')
                               AND ("responseBreachedAt" IS NOT NULL OR "resolutionBreachedAt" IS NOT NULL OR "slaDueAt" < $1::timestamp(3)))::int AS breached_open,
              count(*) FILTER (WHERE "hypercareWindowId" IS NOT NULL)::int AS hypercare,
              count(*) FILTER (WHERE "affectedCount" > 0)::int AS with_affected
       FROM "TriageItem"`,
      [sqlTimestamp(now)],
    );
    const r = rows[0]!;
    return { total: r.total, shares, open: r.open, breachedOpen: r.breached_open, hypercare: r.hypercare, withAffected: r.with_affected };
  } finally {
    await client.end();
  }
}

/** "postgres://user:***@host:port/db": where the items go, without the password. */
export function describeDatabase(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = "***";
  url.search = "";
  return url.toString();
}

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main(): Promise<void> {
  if (process.env.NODE_ENV === "production") throw new Error("Refusing to fill a production database with generated feedback.");
  const items = Number(argValue("items") ?? 1_000_000);
  const batchSize = Number(argValue("batch") ?? 50_000);
  const seed = Number(argValue("seed") ?? 0.42);
  if (!Number.isInteger(items) || items < 1) throw new Error("--items must be a positive whole number.");
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error("--batch must be a positive whole number.");
  if (!(seed >= -1 && seed <= 1)) throw new Error("--seed must be between -1 and 1.");
  const databaseUrl = databaseUrlOrDefault();
  console.error(`Generating ${items.toLocaleString("en")} triage items into ${describeDatabase(databaseUrl)} in batches of ${batchSize.toLocaleString("en")}…`);
  const result = await generateTriageItems(databaseUrl, {
    items,
    batchSize,
    seed,
    onProgress: (done, total, ms) => console.error(`  ${done.toLocaleString("en")} / ${total.toLocaleString("en")} (${Math.round(done / (ms / 1000)).toLocaleString("en")} rows/s)`),
  });
  const summary = await describeTriageItems(databaseUrl);
  console.log(`Inserted ${result.items.toLocaleString("en")} items in ${result.insertSeconds.toFixed(1)} s: ${Math.round(result.rowsPerSecond).toLocaleString("en")} rows/s`);
  console.log(`Setup ${result.setupSeconds.toFixed(1)} s, VACUUM (ANALYZE) ${result.vacuumAnalyzeSeconds.toFixed(1)} s; ${result.operations} operations (${result.launchOperations} in the launched version).`);
  console.log(`The table now holds ${summary.total.toLocaleString("en")} items: ${summary.open.toLocaleString("en")} open (${summary.breachedOpen.toLocaleString("en")} of them breached), ${summary.hypercare.toLocaleString("en")} in a hypercare window.`);
  for (const [column, counts] of Object.entries(summary.shares)) {
    console.log(`  ${column}: ${counts.map(([v, n]) => `${v} ${((100 * n) / summary.total).toFixed(1)} %`).join(", ")}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
