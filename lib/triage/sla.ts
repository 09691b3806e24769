import { addWorkingMinutes, workingMinutesBetween } from "./business-hours";
import type { Priority } from "./priority";
import type { Calendar, SlaTarget, TriageSettings } from "./settings-schema";

/**
 * SLA clocks as plain values: the service stores the fields, and these functions say what they
 * mean at a given moment. Nothing here reads the system clock; every moment is passed in.
 *
 * A clock counts working minutes from `startedAt`. Time spent paused (waiting on the reporter) is
 * added to `pausedMinutes`, which pushes the due time back by exactly that much working time.
 * When the priority changes, `retargetClock` keeps `startedAt` and `pausedMinutes` and swaps only
 * the target, so the time already spent still counts against the new target.
 */
export interface SlaClock {
  startedAt: Date;
  targetMinutes: number;
  /** Set while the item waits on the reporter; the due time is unknown until it resumes. */
  pausedAt: Date | null;
  /** Working minutes spent in earlier pauses, whole minutes (it is stored as an integer). */
  pausedMinutes: number;
  /** Set when the clock's goal was reached (first reply sent, item resolved). */
  stoppedAt: Date | null;
}

export type ClockStateName = "running" | "paused" | "met" | "breached" | "at_risk";

export interface ClockState {
  state: ClockStateName;
  /** null while paused and not yet breached: the due time depends on when the pause ends. */
  dueAt: Date | null;
  /** Whole working minutes to the due time; negative once overdue. */
  remainingMinutes: number;
  /** Whole working minutes counted so far, pauses excluded. */
  elapsedMinutes: number;
}

/** First-response and resolution targets in minutes, shortened during an API version's hypercare window. */
export function targetsFor(
  settings: Pick<TriageSettings, "targets" | "hypercareFactor">,
  priority: Priority,
  options: { hypercare: boolean; factor?: number },
): SlaTarget {
  const target = settings.targets[priority];
  if (!options.hypercare) return { ...target };
  const factor = options.factor ?? settings.hypercareFactor;
  if (!(factor > 0 && factor <= 1)) throw new RangeError(`The hypercare factor must be in (0, 1], got ${factor}.`);
  return {
    firstResponseMinutes: shortened(target.firstResponseMinutes, factor),
    resolutionMinutes: target.resolutionMinutes === null ? null : shortened(target.resolutionMinutes, factor),
  };
}

/** Rounds up to whole minutes, so a target never gets stricter than the factor says (15 × 0.5 → 8). */
function shortened(minutes: number, factor: number): number {
  // toFixed drops float noise such as 100 × 0.7 = 70.00000000000001, which would round up to 71.
  return Math.max(1, Math.ceil(Number((minutes * factor).toFixed(6))));
}

export function dueAt(start: Date, minutes: number, calendar: Calendar): Date {
  return addWorkingMinutes(start, minutes, calendar);
}

export function startClock(startedAt: Date, targetMinutes: number): SlaClock {
  return { startedAt, targetMinutes, pausedAt: null, pausedMinutes: 0, stoppedAt: null };
}

/** Pausing a stopped or already paused clock changes nothing. */
export function pauseClock(clock: SlaClock, now: Date): SlaClock {
  if (clock.stoppedAt || clock.pausedAt) return clock;
  return { ...clock, pausedAt: now };
}

export function resumeClock(clock: SlaClock, now: Date, calendar: Calendar): SlaClock {
  if (!clock.pausedAt) return clock;
  return { ...clock, pausedAt: null, pausedMinutes: clock.pausedMinutes + pausedWorkingMinutes(clock.pausedAt, now, calendar) };
}

/** Stopping a paused clock first ends the pause, so the wait on the reporter is never charged. */
export function stopClock(clock: SlaClock, now: Date, calendar: Calendar): SlaClock {
  if (clock.stoppedAt) return clock;
  return { ...resumeClock(clock, now, calendar), stoppedAt: now };
}

/**
 * Reopening continues the stopped clock; the time the item spent resolved counts as paused,
 * because nobody was expected to work on it then.
 */
export function reopenClock(clock: SlaClock, now: Date, calendar: Calendar): SlaClock {
  if (!clock.stoppedAt) return clock;
  return { ...clock, stoppedAt: null, pausedMinutes: clock.pausedMinutes + pausedWorkingMinutes(clock.stoppedAt, now, calendar) };
}

/** A new priority brings a new target; the start and the pauses so far stay as they are. */
export function retargetClock(clock: SlaClock, targetMinutes: number): SlaClock {
  return { ...clock, targetMinutes };
}

/** The due time, or null while the clock is paused (it moves with every paused working minute). */
export function clockDueAt(clock: SlaClock, calendar: Calendar): Date | null {
  if (clock.pausedAt && !clock.stoppedAt) return null;
  return dueIgnoringCurrentPause(clock, calendar);
}

export function clockState(clock: SlaClock, now: Date, calendar: Calendar, atRiskFraction = 0.2): ClockState {
  // A clock stored as stopped while still paused: the pause ends at the stop.
  const settled = clock.stoppedAt && clock.pausedAt ? { ...resumeClock(clock, clock.stoppedAt, calendar), stoppedAt: clock.stoppedAt } : clock;
  const countedUntil = settled.stoppedAt ?? settled.pausedAt ?? now;
  const exactElapsed = Math.max(0, workingMinutesBetween(settled.startedAt, countedUntil, calendar) - settled.pausedMinutes);
  const exactRemaining = settled.targetMinutes - exactElapsed;
  const figures = { remainingMinutes: roundAwayFromDue(exactRemaining), elapsedMinutes: Math.floor(exactElapsed) };
  const due = dueIgnoringCurrentPause(settled, calendar);

  if (settled.stoppedAt) return { state: settled.stoppedAt > due ? "breached" : "met", dueAt: due, ...figures };
  // A breach that happened before the pause stays a breach, with the moment it happened.
  if (settled.pausedAt) return settled.pausedAt > due ? { state: "breached", dueAt: due, ...figures } : { state: "paused", dueAt: null, ...figures };
  if (now > due) return { state: "breached", dueAt: due, ...figures };
  // The small tolerance keeps "exactly 20 % left" at risk despite float rounding of the fraction.
  const atRisk = exactRemaining <= atRiskFraction * settled.targetMinutes + 1e-9;
  return { state: atRisk ? "at_risk" : "running", dueAt: due, ...figures };
}

function dueIgnoringCurrentPause(clock: SlaClock, calendar: Calendar): Date {
  return addWorkingMinutes(clock.startedAt, clock.targetMinutes + clock.pausedMinutes, calendar);
}

function pausedWorkingMinutes(from: Date, to: Date, calendar: Calendar): number {
  return Math.max(0, Math.round(workingMinutesBetween(from, to, calendar)));
}

/** 0.2 min left shows as 1 min left, 0.2 min overdue as 1 min overdue: never "0" while it is not due. */
function roundAwayFromDue(minutes: number): number {
  if (minutes > 0) return Math.ceil(minutes);
  if (minutes < 0) return Math.floor(minutes);
  return 0;
}

/** "12 min", "3 h 5 min", "2 d 4 h": compact, at most two units; a day is 24 hours. */
export function formatDuration(minutes: number): string {
  const whole = Math.round(Math.abs(minutes));
  if (whole < 60) return `${whole} min`;
  if (whole < 24 * 60) {
    const hours = Math.floor(whole / 60);
    const rest = whole % 60;
    return rest ? `${hours} h ${rest} min` : `${hours} h`;
  }
  const days = Math.floor(whole / (24 * 60));
  const hours = Math.floor((whole % (24 * 60)) / 60);
  return hours ? `${days} d ${hours} h` : `${days} d`;
}

/** The queue's SLA column: "12 min left", "3 h 5 min left", "2 d 4 h overdue", "due now". */
export function formatRemaining(minutes: number): string {
  if (Math.round(Math.abs(minutes)) === 0) return "due now";
  return `${formatDuration(minutes)} ${minutes < 0 ? "overdue" : "left"}`;
}
