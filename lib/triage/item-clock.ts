import { workingMinutesBetween } from "./business-hours";
import { itemDeadlines } from "./item-sla";
import type { Priority } from "./priority";
import type { TriageSettings } from "./settings-schema";
import { pausesClock, stopsResolutionClock, type Status } from "./transitions";

// The SLA columns of an item after a change of status, priority or first answer. Pure, so the
// rules (pause while waiting on the reporter, stop on resolve, continue on reopen, record a breach
// when a clock stops late) are tested without a database.

export type ClockColumns = {
  status: Status;
  priority: Priority | null;
  slaStartedAt: Date;
  pausedAt: Date | null;
  pausedMinutes: number;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  responseBreachedAt: Date | null;
  resolutionBreachedAt: Date | null;
  hypercareFactor: number | null;
};

/** An item's clock columns as read from the database: the status as stored, the hypercare window's factor. */
export function clockColumnsOf(item: Omit<ClockColumns, "status" | "hypercareFactor"> & { status: string; hypercareWindow: { factor: number } | null }): ClockColumns {
  return { ...item, status: item.status as Status, hypercareFactor: item.hypercareWindow?.factor ?? null };
}

export type ClockChange = { status?: Status; priority?: Priority | null; answered?: boolean };

export function clockAfter(item: ClockColumns, change: ClockChange, settings: TriageSettings, now: Date) {
  const next = { ...item };
  const calendar = settings.calendar;
  if (change.priority !== undefined) next.priority = change.priority;
  if (change.answered && !next.firstResponseAt) next.firstResponseAt = now;

  if (change.status && change.status !== item.status) {
    const from = item.status;
    const to = change.status;
    // Leaving "waiting on reporter": the wait does not count against the team.
    if (next.pausedAt && !pausesClock(to)) {
      next.pausedMinutes += Math.round(workingMinutesBetween(next.pausedAt, now, calendar));
      next.pausedAt = null;
    }
    if (pausesClock(to) && !next.pausedAt) next.pausedAt = now;
    if (stopsResolutionClock(to) && !stopsResolutionClock(from)) next.resolvedAt = now;
    // Reopened: the time it stood resolved counts as paused, and its clock runs on.
    if (!stopsResolutionClock(to) && stopsResolutionClock(from)) {
      if (next.resolvedAt) next.pausedMinutes += Math.round(workingMinutesBetween(next.resolvedAt, now, calendar));
      next.resolvedAt = null;
      next.resolutionBreachedAt = null;
    }
    next.status = to;
  }

  const deadlines = itemDeadlines(
    {
      priority: next.priority,
      slaStartedAt: next.slaStartedAt,
      pausedAt: next.pausedAt,
      pausedMinutes: next.pausedMinutes,
      firstResponseAt: next.firstResponseAt,
      resolvedAt: next.resolvedAt,
      hypercareFactor: next.hypercareFactor,
    },
    settings,
  );
  // A clock that stops after its deadline is a breach, recorded at the deadline.
  const responseBreachedAt =
    next.responseBreachedAt ?? (next.firstResponseAt && deadlines.responseDueAt && next.firstResponseAt > deadlines.responseDueAt ? deadlines.responseDueAt : null);
  const resolutionBreachedAt =
    next.resolutionBreachedAt ?? (next.resolvedAt && deadlines.resolutionDueAt && next.resolvedAt > deadlines.resolutionDueAt ? deadlines.resolutionDueAt : null);
  return {
    status: next.status,
    priority: next.priority,
    pausedAt: next.pausedAt,
    pausedMinutes: next.pausedMinutes,
    firstResponseAt: next.firstResponseAt,
    resolvedAt: next.resolvedAt,
    ...deadlines,
    responseBreachedAt,
    resolutionBreachedAt,
  };
}
