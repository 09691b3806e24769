/** Severity × impact → priority: the grid admins edit and the queue sorts by. Pure, no I/O. */

export const SEVERITIES = ["critical", "major", "minor", "cosmetic"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const IMPACT_SCOPES = ["all", "many", "some", "one"] as const;
export type ImpactScope = (typeof IMPACT_SCOPES)[number];

export const PRIORITIES = ["critical", "high", "medium", "low"] as const;
export type Priority = (typeof PRIORITIES)[number];

export type PriorityMatrix = Record<Severity, Record<ImpactScope, Priority>>;

export const DEFAULT_PRIORITY_MATRIX: PriorityMatrix = {
  critical: { all: "critical", many: "critical", some: "high",   one: "high"   },
  major:    { all: "high",     many: "high",     some: "medium", one: "medium" },
  minor:    { all: "medium",   many: "medium",   some: "low",    one: "low"    },
  cosmetic: { all: "low",      many: "low",      some: "low",    one: "low"    },
};

export function priorityOf(matrix: PriorityMatrix, severity: Severity, impact: ImpactScope): Priority {
  return matrix[severity][impact];
}

/** Sort key: lower is more urgent, so an ascending sort puts Critical first. */
export const PRIORITY_RANK: Record<Priority, number> = { critical: 0, high: 1, medium: 2, low: 3 };

export function comparePriority(a: Priority, b: Priority): number {
  return PRIORITY_RANK[a] - PRIORITY_RANK[b];
}

export const PRIORITY_LABELS: Record<Priority, string> = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
};

export const SEVERITY_LABELS: Record<Severity, { label: string; hint: string }> = {
  critical: { label: "Critical", hint: "Outage, data loss or a security hole; no workaround." },
  major: { label: "Major", hint: "A main function is broken or badly degraded." },
  minor: { label: "Minor", hint: "Something is wrong but there is a workaround." },
  cosmetic: { label: "Cosmetic", hint: "Wording, layout or docs typos; nothing fails." },
};

export const IMPACT_SCOPE_LABELS: Record<ImpactScope, { label: string; hint: string }> = {
  all: { label: "All users", hint: "Every caller of the API or operation is affected." },
  many: { label: "Many users", hint: "A large share of callers or several apps are affected." },
  some: { label: "Some users", hint: "A few callers, one region or one plan is affected." },
  one: { label: "One user", hint: "Only the reporter's app is affected." },
};
