import "server-only";
import { db } from "../db";
import type { FeedbackKind, ReportImpact } from "../generated/prisma/enums";
import { categorize } from "./categorize";
import { activeWindowFor } from "./hypercare";
import { itemDeadlines } from "./item-sla";
import { priorityOf, type Priority, type Severity } from "./priority";
import { routeItem } from "./routing";
import { loadTriageSettings } from "./settings";
import { urgencySignals } from "./urgency";
import type { TriageCategory } from "./classifier/categories";
import { truncateText } from "../http/unstorable-text";

// What every new feedback item gets on intake, whatever its kind: a category with the
// classifier's confidence, a suggested severity with its reasons, a priority (so its SLA clocks
// start at once; staff confirm or change it), a team from the routing rules, and its hypercare
// window. Computed before the item is written, so filing stays one statement.

export type IntakeInput = {
  kind: FeedbackKind;
  apiId: string | null;
  versionLabel: string | null;
  operationSlug: string | null;
  title: string;
  body: string;
  impact?: ReportImpact;
  createdAt: Date;
  /** The operation's method and path when the caller has them already (saves a query). */
  operation?: { method: string; path: string } | null;
};

export type IntakeColumns = {
  category: TriageCategory;
  categoryConfidence: number;
  suggestedSeverity: Severity;
  severityReasons: string[];
  priority: Priority;
  teamId: string | null;
  hypercareWindowId: string | null;
  slaStartedAt: Date;
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  slaDueAt: Date | null;
  /** For the "created" timeline entry: why the item landed where it did. */
  routedBy: string | null;
};

/** A new item is reported by one developer until others say it affects them too. */
const INITIAL_IMPACT_SCOPE = "one" as const;

export async function intakeColumns(input: IntakeInput): Promise<IntakeColumns> {
  const text = `${input.title}\n${input.body}`;
  const [settings, window, operation] = await Promise.all([
    loadTriageSettings(),
    input.apiId && input.versionLabel ? activeWindowFor(input.apiId, input.versionLabel, input.createdAt) : null,
    operationOf(input),
  ]);
  const { category, confidence } = await categorize(text);
  const urgency = urgencySignals({ title: input.title, body: input.body, impact: input.impact, category });
  const priority = priorityOf(settings.matrix, urgency.suggestedSeverity, INITIAL_IMPACT_SCOPE);
  const route = await routeItem({ apiId: input.apiId, method: operation?.method, path: operation?.path, category, title: input.title, body: input.body });
  const deadlines = itemDeadlines(
    { priority, slaStartedAt: input.createdAt, pausedAt: null, pausedMinutes: 0, firstResponseAt: null, resolvedAt: null, hypercareFactor: window?.factor ?? null },
    settings,
  );
  return {
    category,
    categoryConfidence: confidence,
    suggestedSeverity: urgency.suggestedSeverity,
    severityReasons: urgency.reasons,
    priority,
    teamId: route.teamId,
    hypercareWindowId: window?.id ?? null,
    slaStartedAt: input.createdAt,
    ...deadlines,
    routedBy: route.ruleId,
  };
}

async function operationOf(input: IntakeInput): Promise<{ method: string; path: string } | null> {
  if (input.operation !== undefined) return input.operation;
  if (!input.apiId || !input.versionLabel || !input.operationSlug) return null;
  return db.operation.findFirst({
    where: { slug: input.operationSlug, version: { apiId: input.apiId, label: input.versionLabel } },
    select: { method: true, path: true },
  });
}

/** The "created" timeline entry's data: what intake decided, for staff to see why. */
export function intakeEventData(columns: IntakeColumns) {
  return {
    category: columns.category,
    confidence: Math.round(columns.categoryConfidence * 100) / 100,
    suggestedSeverity: columns.suggestedSeverity,
    reasons: columns.severityReasons,
    priority: columns.priority,
    teamId: columns.teamId,
    ruleId: columns.routedBy,
    hypercare: columns.hypercareWindowId !== null,
  };
}

/** The columns of a new TriageItem row from intake (Prisma create data) and its "created" timeline entry. */
export async function intakeRow(input: IntakeInput) {
  const decided = await intakeColumns(input);
  const { routedBy: _routedBy, ...columns } = decided;
  return { columns: { ...columns, body: truncateText(input.body, 20_000), createdAt: input.createdAt }, event: { kind: "created" as const, data: intakeEventData(decided) } };
}

export type IntakeRow = Awaited<ReturnType<typeof intakeRow>>;
