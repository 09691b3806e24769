import { minutesOfDay, type BusinessCalendar, type Calendar } from "./settings-schema";

/**
 * Working-time arithmetic for SLA clocks. A "24x7" calendar counts every minute; a business calendar
 * counts only the minutes inside its working window on working days, in its own time zone, so a
 * window keeps its local hours across DST changes (a 09:00–17:00 day stays 8 real hours, and a
 * 00:00–24:00 day is 23 or 25 real hours on the change day). Minutes may be fractional; callers round.
 * The work is one step per calendar day, never per minute, so week-long spans stay cheap.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export function addWorkingMinutes(start: Date, minutes: number, calendar: Calendar): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Working minutes must be a finite number ≥ 0, got ${minutes}.`);
  if (calendar.mode === "24x7" || minutes === 0) return new Date(start.getTime() + minutes * MINUTE_MS);
  assertHasWorkingTime(calendar);

  let remainingMs = minutes * MINUTE_MS;
  let cursor = start.getTime();
  for (let day = localDateOf(cursor, calendar.timeZone); ; day = nextDay(day)) {
    const window = workingWindow(day, calendar);
    if (!window) continue;
    const from = Math.max(window.startMs, cursor);
    if (from >= window.endMs) continue;
    const availableMs = window.endMs - from;
    if (remainingMs <= availableMs) return new Date(from + remainingMs);
    remainingMs -= availableMs;
    cursor = window.endMs;
  }
}

/** Working minutes from `a` to `b`; negative when `b` is before `a`. */
export function workingMinutesBetween(a: Date, b: Date, calendar: Calendar): number {
  const fromMs = a.getTime();
  const toMs = b.getTime();
  if (toMs < fromMs) return -workingMinutesBetween(b, a, calendar);
  if (calendar.mode === "24x7") return (toMs - fromMs) / MINUTE_MS;

  let totalMs = 0;
  const lastDay = localDateOf(toMs, calendar.timeZone);
  for (let day = localDateOf(fromMs, calendar.timeZone); compareDays(day, lastDay) <= 0; day = nextDay(day)) {
    const window = workingWindow(day, calendar);
    if (!window) continue;
    const overlap = Math.min(window.endMs, toMs) - Math.max(window.startMs, fromMs);
    if (overlap > 0) totalMs += overlap;
  }
  return totalMs / MINUTE_MS;
}

/** The schema guarantees this; a calendar built around it would make the day walk never end. */
function assertHasWorkingTime(calendar: BusinessCalendar): void {
  const hasWorkingDay = calendar.days.some((day) => Number.isInteger(day) && day >= 0 && day <= 6);
  if (!hasWorkingDay || minutesOfDay(calendar.end) <= minutesOfDay(calendar.start)) {
    throw new RangeError("The business calendar has no working time: check its days, start and end.");
  }
}

/** A calendar date in the calendar's zone, month 1–12. */
interface LocalDay {
  year: number;
  month: number;
  day: number;
}

function nextDay({ year, month, day }: LocalDay): LocalDay {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

function compareDays(a: LocalDay, b: LocalDay): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}

function isoDate({ year, month, day }: LocalDay): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The working window of one local day as UTC instants, or null on days off and holidays. */
function workingWindow(day: LocalDay, calendar: BusinessCalendar): { startMs: number; endMs: number } | null {
  const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  if (!calendar.days.includes(weekday)) return null;
  if (calendar.holidays?.includes(isoDate(day))) return null;
  const wallStartMs = wallClockOf(day, minutesOfDay(calendar.start));
  const wallEndMs = wallClockOf(day, minutesOfDay(calendar.end));
  // Usual day: one offset a day either side means no clock change near the window (2 lookups, not 8).
  const offsetBefore = offsetMs(wallStartMs - DAY_MS, calendar.timeZone);
  const sameOffsetThroughout = offsetBefore === offsetMs(wallEndMs + DAY_MS, calendar.timeZone);
  const startMs = sameOffsetThroughout ? wallStartMs - offsetBefore : wallClockToInstant(wallStartMs, calendar.timeZone);
  const endMs = sameOffsetThroughout ? wallEndMs - offsetBefore : wallClockToInstant(wallEndMs, calendar.timeZone);
  return endMs > startMs ? { startMs, endMs } : null;
}

/** A local wall-clock time written as if it were UTC, in milliseconds. */
function wallClockOf(day: LocalDay, minuteOfDay: number): number {
  return Date.UTC(day.year, day.month - 1, day.day, 0, minuteOfDay);
}

// Formatters are costly to build and hold no request state, so one per zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's wall clock at an instant, read as if it were UTC (milliseconds). */
function wallClockAt(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wholeSeconds = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return wholeSeconds + (((instantMs % 1000) + 1000) % 1000);
}

function offsetMs(instantMs: number, timeZone: string): number {
  return wallClockAt(instantMs, timeZone) - instantMs;
}

function localDateOf(instantMs: number, timeZone: string): LocalDay {
  const wall = new Date(wallClockAt(instantMs, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/**
 * The instant a local wall-clock time occurs in a zone. Like Temporal's "compatible" rule: a time
 * repeated when clocks go back takes its first occurrence; a time skipped when clocks go forward
 * is moved forward by the gap (02:30 on a spring-forward night becomes 03:30).
 */
function wallClockToInstant(wallMs: number, timeZone: string): number {
  const offsetBefore = offsetMs(wallMs - DAY_MS, timeZone);
  const offsetAfter = offsetMs(wallMs + DAY_MS, timeZone);
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter].filter((instant) => offsetMs(instant, timeZone) === wallMs - instant);
  if (candidates.length > 0) return Math.min(...candidates);
  return wallMs - offsetBefore;
}
