/**
 * The PROMISE NFR requirements set (Cleland-Huang, CC BY-SA 3.0), shipped verbatim in
 * prisma/demo/classifier/promise-nfr.csv. Its lines are `project,'text',class`, with unbalanced
 * quotes and `\%` escapes that no CSV parser reads cleanly, so each line is read by pattern.
 */
import type { TriageCategory } from "./categories";
import type { TrainingExample } from "./model";

/**
 * Requirement classes that describe what API feedback calls by the same name. Availability, fault
 * tolerance, legal, maintainability, operational and portability requirements have no triage
 * category of their own and are left out.
 */
export const PROMISE_CLASS_TO_CATEGORY: Record<string, TriageCategory> = {
  F: "feature_request", // functional requirement: "the system shall ..."
  PE: "performance",
  SC: "performance", // scalability: concurrent users, volumes
  SE: "security",
  US: "usability",
  LF: "usability", // look and feel
};

const LINE = /^(\d+),(.*),([A-Z]+)\s*$/;

export function parsePromiseNfr(content: string): TrainingExample[] {
  const examples: TrainingExample[] = [];
  for (const line of content.split(/\r?\n/).slice(1)) {
    const match = LINE.exec(line);
    if (!match) continue;
    const label = PROMISE_CLASS_TO_CATEGORY[match[3]!];
    if (!label) continue;
    const text = match[2]!
      .trim()
      .replace(/^'|'$/g, "")
      .replace(/\\%/g, "%")
      .replace(/\s+/g, " ")
      .trim();
    if (text) examples.push({ text, label });
  }
  return examples;
}
