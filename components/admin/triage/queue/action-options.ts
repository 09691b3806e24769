// The choices behind the a / p / s / c / l shortcuts, for one item or a selection. Pure.
import type { QueueRowDto } from "@/lib/triage/queue-dto";
import type { ItemPatch } from "@/lib/triage/update";
import { TRIAGE_CATEGORIES, TRIAGE_CATEGORY_LABELS } from "@/lib/triage/classifier/categories";
import { IMPACT_SCOPES, IMPACT_SCOPE_LABELS, PRIORITY_LABELS, PRIORITY_RANK, SEVERITIES, SEVERITY_LABELS, priorityOf, type PriorityMatrix } from "@/lib/triage/priority";
import { ALLOWED_TRANSITIONS, STATUS_LABELS, type Status } from "@/lib/triage/transitions";
import type { People } from "./queue-client";

export type PickerKind = "assign" | "priority" | "status" | "category" | "label";

export type PickerOption = {
  key: string;
  label: string;
  hint?: string;
  patch: ItemPatch;
  /** Resolving and "won't fix" need a note the reporter reads. */
  needsNote?: boolean;
};

export const PICKER_TITLES: Record<PickerKind, string> = {
  assign: "Assign to",
  priority: "Priority (severity × impact)",
  status: "Change status",
  category: "Category",
  label: "Label",
};

/** Me first, then the team's staff, then everyone else; only security staff and admins for security items. */
export function assignOptions(targets: QueueRowDto[], people: People | undefined, meId: string): PickerOption[] {
  if (!people) return [];
  const security = targets.some((t) => t.visibility === "security");
  const eligible = people.staff.filter((p) => !security || p.role === "security" || p.role === "admin");
  const teamSlugs = new Set(targets.map((t) => t.team?.slug).filter(Boolean));
  const teamIds = new Set(people.teams.filter((t) => teamSlugs.has(t.slug)).map((t) => t.id));
  const me = eligible.find((p) => p.id === meId);
  const inTeam = eligible.filter((p) => p.id !== meId && p.teamIds.some((id) => teamIds.has(id)));
  const others = eligible.filter((p) => p.id !== meId && !inTeam.includes(p));
  const person = (p: (typeof eligible)[number], hint: string): PickerOption => ({ key: `user:${p.id}`, label: p.name, hint, patch: { assigneeId: p.id } });
  return [
    ...(me ? [{ ...person(me, "me"), label: `Me (${me.name})` }] : []),
    ...inTeam.map((p) => person(p, "team")),
    ...others.map((p) => person(p, p.role)),
    { key: "user:none", label: "Unassigned", patch: { assigneeId: null } },
    ...people.teams.map((t) => ({ key: `team:${t.id}`, label: `Team: ${t.name}`, patch: { teamId: t.id } })),
  ];
}

/** Every severity × impact pair, most urgent priority first: one keystroke sets both. */
export function priorityOptions(matrix: PriorityMatrix): PickerOption[] {
  const pairs = SEVERITIES.flatMap((severity) => IMPACT_SCOPES.map((impactScope) => ({ severity, impactScope, priority: priorityOf(matrix, severity, impactScope) })));
  return pairs
    .sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority])
    .map(({ severity, impactScope, priority }) => ({
      key: `${severity}:${impactScope}`,
      label: `${PRIORITY_LABELS[priority]}: ${SEVERITY_LABELS[severity].label} × ${IMPACT_SCOPE_LABELS[impactScope].label}`,
      hint: SEVERITY_LABELS[severity].hint,
      patch: { severity, impactScope },
    }));
}

/** The moves allowed from every target's status; duplicates are made by merging on the item page. */
export function statusOptions(targets: QueueRowDto[]): PickerOption[] {
  if (!targets.length) return [];
  const allowed = targets
    .map((t) => new Set<Status>(ALLOWED_TRANSITIONS[t.status as Status] ?? []))
    .reduce((common, next) => new Set([...common].filter((s) => next.has(s))));
  return [...allowed]
    .filter((s) => s !== "duplicate")
    .map((status) => ({ key: status, label: STATUS_LABELS[status], patch: { status }, needsNote: status === "resolved" || status === "wont_fix" }));
}

export function categoryOptions(): PickerOption[] {
  return TRIAGE_CATEGORIES.map((category) => ({ key: category, label: TRIAGE_CATEGORY_LABELS[category], patch: { category } }));
}

/** What was typed becomes a label to add; the targets' labels can be removed. */
export function labelOptions(targets: QueueRowDto[], typed: string): PickerOption[] {
  const existing = [...new Set(targets.flatMap((t) => t.labels))].sort();
  const label = typed.trim();
  const add: PickerOption[] = label && !existing.includes(label) ? [{ key: `add:${label}`, label: `Add label “${label}”`, patch: { addLabels: [label] } }] : [];
  return [...add, ...existing.map((l) => ({ key: `remove:${l}`, label: `Remove label “${l}”`, patch: { removeLabels: [l] } }))];
}

/** Case-insensitive match of every typed word anywhere in the option's label or hint. */
export function filterOptions(options: PickerOption[], typed: string): PickerOption[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return options;
  return options.filter((o) => {
    const text = `${o.label} ${o.hint ?? ""}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
