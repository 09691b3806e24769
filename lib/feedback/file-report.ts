import "server-only";
import { db } from "../db";
import { env } from "../env";
import { describeWait, Conflict, Invalid, RateLimited, Unauthenticated } from "../errors";
import type { SessionUser } from "../auth/authorize";
import type { ReportStatus } from "../generated/prisma/enums";
import { fieldErrorsOf } from "../validation";
import { refreshDocsPages } from "../catalog/docs-cache";
import { intakeRow, type IntakeRow } from "../triage/intake";
import { submitFiling, type Outcome } from "./filing-statement";
import { filingTargets, operationKey, targetKey, type FilingTarget } from "./filing-targets";
import { idempotencyKeySchema, reportInputSchema, type ReportData } from "./schemas";
import { looksLikeVulnerability } from "./security-terms";

// The intake path of POST /api/v1/reports, built to take a launch day's load: one statement per
// report, shared with the other filings that arrive together (filing-statement.ts). The statement
// reads each reporter and his role, checks that he may see the API and that the version and
// operation exist, counts his hourly allowance, and stores the report, its first timeline event,
// its triage item and the item's first event.
//
// Intake (category, severity, team, SLA deadlines) depends on the API's id and the operation's
// method and path, so it is computed before the statement from what a recent filing found for the
// same API, version and operation (filing-targets.ts). The statement stores nothing unless the
// database still agrees; when it does not (the first report on a target, or a re-import changed
// it) it answers with what it found, intake runs again on that, and the statement is sent once more.

export type FiledReport = { id: string; number: number; status: ReportStatus };
/** What the request tells about a filing besides its body. */
export type FilingContext = { idempotencyKey?: string | null; userAgent?: string | null; locale?: string | null };

/** A target changing between two attempts means a re-import is running: the reporter may retry. */
const MAX_ATTEMPTS = 3;

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
    const outcome = await submitFiling({ reporter, data, visibility, idempotencyKey, context, now, target, intake });
    const found = checkedTarget(data, outcome);
    if (outcome.id !== null) {
      if (visibility === "public") refreshDocsPages(); // the operation's "Known issues"
      return { id: outcome.id, number: outcome.number!, status: "open", replayed: false };
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
function checkedTarget(data: ReportData, outcome: Outcome): FilingTarget {
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

const sameTarget = (a: FilingTarget, b: FilingTarget) => a.apiId === b.apiId && operationKey(a) === operationKey(b);

/** Category, suggested severity, priority, team and SLA deadlines, decided before the statement. */
function intakeFor(data: ReportData, target: FilingTarget, now: Date): Promise<IntakeRow> {
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
