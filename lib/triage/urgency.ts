/**
 * Urgency signals: a suggested severity for a new feedback item and the reasons for it, shown to
 * staff next to the severity picker. The reporter's impact is the starting point; words such as
 * "production down" or "leaked key", a security category and many affected apps raise it.
 * Pure: no database, no framework.
 */
import type { TriageCategory } from "./classifier/categories";

export const SEVERITIES = ["cosmetic", "minor", "major", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

export type ReporterImpact = "blocking" | "degraded" | "minor" | "question";

export type UrgencyInput = {
  title: string;
  body?: string | null;
  impact?: ReporterImpact | null;
  /** Distinct apps whose owners reported or marked "affects me too". */
  affectedApps?: number | null;
  category?: TriageCategory | null;
};

export type UrgencySuggestion = { suggestedSeverity: Severity; reasons: string[] };

const IMPACT_SEVERITY: Record<ReporterImpact, Severity> = {
  blocking: "major",
  degraded: "minor",
  minor: "cosmetic",
  question: "cosmetic",
};
const NO_IMPACT_SEVERITY: Severity = "minor";

// Up to three words between the parts of a phrase ("leaked our live key", "all our requests are failing").
const GAP = String.raw`(?:\s+\S+){0,3}?\s+`;
const FAIL = String.raw`(?:fail|fails|failing|failed)`;
const SECRET = String.raw`(?:api\s+)?(?:keys?|tokens?|secrets?|credentials?|passwords?)`;

type Signal = { pattern: RegExp; severity: Severity };

/**
 * Phrases that make an item at least as severe as their level; case-insensitive, whole words
 * ("unsecured" or "insecurity" do not count as "security"). Stronger phrases come first, so a
 * weaker one inside an already quoted phrase ("every request" in "every request fails") is not
 * listed twice.
 */
const SIGNALS: Signal[] = [
  { pattern: /\b(?:production|prod|api|service|site|everything|checkout)\s+(?:is\s+|went\s+|are\s+)?down\b/i, severity: "critical" },
  { pattern: /\boutages?\b/i, severity: "critical" },
  { pattern: /\bdata\s+(?:loss|corruption)\b|\blost\s+(?:all\s+)?(?:our\s+)?data\b|\bdata\s+(?:was|were|is|got)\s+(?:lost|deleted|corrupted)\b/i, severity: "critical" },
  { pattern: new RegExp(String.raw`\b(?:all|every)(?:\s+\S+){0,3}?\s+(?:requests?|calls?)${GAP}${FAIL}\b|\b(?:requests?|calls?)\s+(?:are\s+)?all\s+${FAIL}\b`, "i"), severity: "critical" },
  { pattern: /\bbreach(?:ed|es)?\b/i, severity: "critical" },
  { pattern: new RegExp(String.raw`\bleak(?:ed|ing|s)?${GAP}${SECRET}\b|\b${SECRET}${GAP}leak(?:ed|ing|s)?\b`, "i"), severity: "critical" },
  { pattern: /\bevery\s+request\b/i, severity: "major" },
  { pattern: /\bsecurity\b/i, severity: "major" },
  { pattern: /\bvulnerab(?:le|ility|ilities)\b/i, severity: "major" },
];

const MANY_APPS = 5;
const CRITICAL_APPS = 20;

export function urgencySignals(input: UrgencyInput): UrgencySuggestion {
  const reasons: string[] = [];
  let severity = input.impact ? IMPACT_SEVERITY[input.impact] : NO_IMPACT_SEVERITY;
  if (input.impact) reasons.push(`reporter says ${input.impact}`);

  const text = `${input.title}\n${input.body ?? ""}`;
  const quoted: { start: number; end: number }[] = [];
  for (const { pattern, severity: level } of SIGNALS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const start = match.index;
    const end = start + match[0].length;
    severity = atLeast(severity, level);
    if (quoted.some((span) => span.start <= start && end <= span.end)) continue;
    quoted.push({ start, end });
    reasons.push(`says “${match[0].replace(/\s+/g, " ").toLowerCase()}”`);
  }

  if (input.category === "security") {
    reasons.push("categorised as security");
    severity = atLeast(severity, "major");
  }

  const apps = input.affectedApps ?? 0;
  if (apps >= CRITICAL_APPS) {
    reasons.push(`${apps} apps affected`);
    severity = "critical";
  } else if (apps >= MANY_APPS) {
    reasons.push(`${apps} apps affected`);
    severity = raise(severity);
  }

  return { suggestedSeverity: severity, reasons };
}

function atLeast(current: Severity, floor: Severity): Severity {
  return SEVERITIES.indexOf(current) >= SEVERITIES.indexOf(floor) ? current : floor;
}

function raise(current: Severity): Severity {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, SEVERITIES.indexOf(current) + 1)]!;
}
