/** The triage workflow: which status may follow which, what the clocks do, what the reporter sees. */

export const STATUSES = ["new", "triaged", "in_progress", "waiting_on_reporter", "resolved", "closed", "wont_fix", "duplicate"] as const;
export type Status = (typeof STATUSES)[number];

/** The statuses a reporter sees: "new" and "triaged" are staff-side detail and read as "open". */
export const REPORT_STATUSES = ["open", "in_progress", "waiting_on_reporter", "resolved", "closed", "wont_fix", "duplicate"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** How long after resolving a reporter's comment still reopens the item. */
export const REOPEN_WINDOW_DAYS = 14;

/**
 * Moves staff may make. Closed is final for staff; only a reporter's comment within the reopen
 * window brings it back (see reopensOnReporterComment), which goes around this table.
 */
export const ALLOWED_TRANSITIONS: Record<Status, readonly Status[]> = {
  new: ["triaged", "in_progress", "waiting_on_reporter", "resolved", "wont_fix", "duplicate", "closed"],
  triaged: ["in_progress", "waiting_on_reporter", "resolved", "wont_fix", "duplicate", "closed"],
  in_progress: ["waiting_on_reporter", "resolved", "wont_fix", "duplicate", "triaged"],
  // duplicate added beyond the brief's table: a duplicate can be spotted while we wait on the reporter.
  waiting_on_reporter: ["in_progress", "triaged", "resolved", "wont_fix", "duplicate", "closed"],
  resolved: ["closed", "in_progress"],
  closed: [],
  wont_fix: ["triaged"],
  duplicate: ["triaged"],
};

export const STATUS_LABELS: Record<Status, string> = {
  new: "New",
  triaged: "Triaged",
  in_progress: "In progress",
  waiting_on_reporter: "Waiting on reporter",
  resolved: "Resolved",
  closed: "Closed",
  wont_fix: "Won't fix",
  duplicate: "Duplicate",
};

const NEEDS_RESOLUTION_NOTE: ReadonlySet<Status> = new Set(["resolved", "wont_fix"]);
const RESOLUTION_CLOCK_STOPPED: ReadonlySet<Status> = new Set(["resolved", "closed", "wont_fix", "duplicate"]);

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

export type TransitionCheck = { ok: true } | { ok: false; reason: string };

/** Takes plain strings because the target usually comes straight from a form or a shortcut. */
export function checkTransition(from: string, to: string, options: { resolutionNote?: string | null } = {}): TransitionCheck {
  if (!isStatus(from)) return { ok: false, reason: `Unknown status "${from}".` };
  if (!isStatus(to)) return { ok: false, reason: `Unknown status "${to}".` };
  if (from === to) return { ok: false, reason: `The item is already ${STATUS_LABELS[from]}.` };
  if (!ALLOWED_TRANSITIONS[from].includes(to)) {
    const allowed = ALLOWED_TRANSITIONS[from].map((status) => STATUS_LABELS[status]);
    const next = allowed.length ? `From ${STATUS_LABELS[from]} it can go to: ${allowed.join(", ")}.` : `${STATUS_LABELS[from]} is final.`;
    return { ok: false, reason: `An item cannot go from ${STATUS_LABELS[from]} to ${STATUS_LABELS[to]}. ${next}` };
  }
  if (NEEDS_RESOLUTION_NOTE.has(to) && !options.resolutionNote?.trim()) {
    return { ok: false, reason: `Write a resolution note to mark the item ${STATUS_LABELS[to]}: the reporter reads it.` };
  }
  return { ok: true };
}

/**
 * The status a reporter's comment moves the item to, or null if it stays put. An answer to
 * "waiting on reporter" resumes the work; a comment within 14 days of resolving (even after
 * closing) reopens it. `resolvedAt` is when it was last resolved, null if it never was.
 */
export function reopensOnReporterComment(status: Status, resolvedAt: Date | null, now: Date): Status | null {
  if (status === "waiting_on_reporter") return "in_progress";
  if (status !== "resolved" && status !== "closed") return null;
  if (!resolvedAt) return null;
  const age = now.getTime() - resolvedAt.getTime();
  return age <= REOPEN_WINDOW_DAYS * 24 * 60 * 60_000 ? "in_progress" : null;
}

/** The SLA clocks stand still while the team waits for the reporter's answer. */
export function pausesClock(status: Status): boolean {
  return status === "waiting_on_reporter";
}

export function stopsResolutionClock(status: Status): boolean {
  return RESOLUTION_CLOCK_STOPPED.has(status);
}

/** Open items are the ones someone still has to act on; they fill the queue by default. */
export function isOpen(status: Status): boolean {
  return !RESOLUTION_CLOCK_STOPPED.has(status);
}

export function reportStatusFor(status: Status): ReportStatus {
  return status === "new" || status === "triaged" ? "open" : status;
}
