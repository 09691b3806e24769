/**
 * The triage categories every feedback item gets on intake. The string values are stored in the
 * database enum, so they never change; the labels are what staff read.
 */
export const TRIAGE_CATEGORIES = [
  "bug",
  "performance",
  "usability",
  "feature_request",
  "security",
  "documentation",
  "question",
] as const;

export type TriageCategory = (typeof TRIAGE_CATEGORIES)[number];

export const TRIAGE_CATEGORY_LABELS: Record<TriageCategory, string> = {
  bug: "Bug",
  performance: "Performance",
  usability: "Usability",
  feature_request: "Feature request",
  security: "Security",
  documentation: "Documentation",
  question: "Question",
};

export function isTriageCategory(value: string): value is TriageCategory {
  return (TRIAGE_CATEGORIES as readonly string[]).includes(value);
}
