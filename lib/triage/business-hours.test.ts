import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingMinutes, workingMinutesBetween } from "./business-hours";
import type { BusinessCalendar, Calendar } from "./settings-schema";

const ALWAYS: Calendar = { mode: "24x7" };
const weekdays = [1, 2, 3, 4, 5];
const UTC_OFFICE: BusinessCalendar = { mode: "business", timeZone: "UTC", days: weekdays, start: "09:00", end: "17:00" };
const BERLIN_OFFICE: BusinessCalendar = {
  mode: "business",
  timeZone: "Europe/Berlin",
  days: weekdays,
  start: "09:00",
  end: "17:00",
  holidays: ["2026-04-03", "2026-04-06", "2026-12-25"],
};
const NEW_YORK_OFFICE: BusinessCalendar = { mode: "business", timeZone: "America/New_York", days: weekdays, start: "08:30", end: "18:00" };
const BERLIN_ALL_DAY: BusinessCalendar = { mode: "business", timeZone: "Europe/Berlin", days: [0, 1, 2, 3, 4, 5, 6], start: "00:00", end: "24:00" };

const at = (iso: string) => new Date(iso);

describe("24x7 calendar", () => {
  it("counts every minute, nights and weekends included", () => {
    expect(addWorkingMinutes(at("2026-01-09T23:50:00Z"), 15, ALWAYS)).toEqual(at("2026-01-10T00:05:00Z"));
    expect(workingMinutesBetween(at("2026-01-09T17:00:00Z"), at("2026-01-12T09:00:00Z"), ALWAYS)).toBe(3840);
  });

  it("counts backwards as negative minutes", () => {
    expect(workingMinutesBetween(at("2026-01-09T10:30:00Z"), at("2026-01-09T10:00:00Z"), ALWAYS)).toBe(-30);
  });
});

describe("business calendar", () => {
  it("carries Friday afternoon work over the weekend to Monday morning", () => {
    expect(addWorkingMinutes(at("2026-01-09T16:30:00Z"), 60, UTC_OFFICE)).toEqual(at("2026-01-12T09:30:00Z"));
    expect(workingMinutesBetween(at("2026-01-09T16:30:00Z"), at("2026-01-12T09:30:00Z"), UTC_OFFICE)).toBe(60);
  });

  it("starts counting at opening time when the item arrives at night or on a weekend", () => {
    expect(addWorkingMinutes(at("2026-01-13T06:00:00Z"), 30, UTC_OFFICE)).toEqual(at("2026-01-13T09:30:00Z"));
    expect(addWorkingMinutes(at("2026-01-10T11:00:00Z"), 30, UTC_OFFICE)).toEqual(at("2026-01-12T09:30:00Z"));
    expect(workingMinutesBetween(at("2026-01-10T00:00:00Z"), at("2026-01-11T23:59:00Z"), UTC_OFFICE)).toBe(0);
  });

  it("ends a target that uses up the day exactly at closing time, not at next opening", () => {
    expect(addWorkingMinutes(at("2026-01-12T09:00:00Z"), 480, UTC_OFFICE)).toEqual(at("2026-01-12T17:00:00Z"));
  });

  it("spans weeks: 5 × 24 h of working minutes is three 8-hour working weeks", () => {
    expect(addWorkingMinutes(at("2026-01-05T09:00:00Z"), 7200, UTC_OFFICE)).toEqual(at("2026-01-23T17:00:00Z"));
    expect(workingMinutesBetween(at("2026-01-05T00:00:00Z"), at("2026-01-31T00:00:00Z"), UTC_OFFICE)).toBe(20 * 480);
  });

  it("skips holidays (Good Friday and Easter Monday in Berlin)", () => {
    // Thursday 16:00 CEST + 2 h: one hour on Thursday, then Tuesday 09:00–10:00 CEST (08:00 UTC).
    expect(addWorkingMinutes(at("2026-04-02T14:00:00Z"), 120, BERLIN_OFFICE)).toEqual(at("2026-04-07T08:00:00Z"));
    expect(workingMinutesBetween(at("2026-04-02T00:00:00Z"), at("2026-04-08T00:00:00Z"), BERLIN_OFFICE)).toBe(2 * 480);
  });

  it("keeps Berlin office hours in local time across the March clock change", () => {
    // Friday 27 March 16:00 CET (15:00 UTC) + 2 h → Monday 30 March 10:00 CEST (08:00 UTC).
    expect(addWorkingMinutes(at("2026-03-27T15:00:00Z"), 120, BERLIN_OFFICE)).toEqual(at("2026-03-30T08:00:00Z"));
    // And back in October: Friday 23 Oct 16:00 CEST (14:00 UTC) + 2 h → Monday 26 Oct 10:00 CET (09:00 UTC).
    expect(addWorkingMinutes(at("2026-10-23T14:00:00Z"), 120, BERLIN_OFFICE)).toEqual(at("2026-10-26T09:00:00Z"));
  });

  it("keeps New York office hours in local time across both clock changes", () => {
    // Friday 6 March 17:00 EST (22:00 UTC) + 2 h: one hour to 18:00, then Monday 9 March 08:30–09:30 EDT (13:30 UTC).
    expect(addWorkingMinutes(at("2026-03-06T22:00:00Z"), 120, NEW_YORK_OFFICE)).toEqual(at("2026-03-09T13:30:00Z"));
    // Friday 30 Oct 17:00 EDT (21:00 UTC) + 2 h: one hour to 18:00, then Monday 2 Nov 08:30–09:30 EST (14:30 UTC).
    expect(addWorkingMinutes(at("2026-10-30T21:00:00Z"), 120, NEW_YORK_OFFICE)).toEqual(at("2026-11-02T14:30:00Z"));
  });

  it("counts the real length of a day with a clock change when the window is the whole day", () => {
    expect(workingMinutesBetween(at("2026-03-28T23:00:00Z"), at("2026-03-29T22:00:00Z"), BERLIN_ALL_DAY)).toBe(23 * 60);
    expect(workingMinutesBetween(at("2026-10-24T22:00:00Z"), at("2026-10-25T23:00:00Z"), BERLIN_ALL_DAY)).toBe(25 * 60);
    expect(addWorkingMinutes(at("2026-03-28T23:00:00Z"), 24 * 60, BERLIN_ALL_DAY)).toEqual(at("2026-03-29T23:00:00Z"));
  });

  it("moves a start time that falls into the spring-forward gap to after the gap", () => {
    // 02:30 does not exist in Berlin on 29 March 2026; the window runs 03:30–04:00 CEST.
    const night: BusinessCalendar = { mode: "business", timeZone: "Europe/Berlin", days: [0], start: "02:30", end: "04:00" };
    expect(workingMinutesBetween(at("2026-03-28T22:00:00Z"), at("2026-03-29T22:00:00Z"), night)).toBe(30);
    // 02:30 happens twice on 25 October; the window starts at the first one and so lasts 2 h.
    const fallBack: BusinessCalendar = { ...night, start: "02:30", end: "03:30" };
    expect(workingMinutesBetween(at("2026-10-24T22:00:00Z"), at("2026-10-25T22:00:00Z"), fallBack)).toBe(120);
  });

  it("refuses negative minutes and calendars without working time", () => {
    expect(() => addWorkingMinutes(at("2026-01-05T09:00:00Z"), -1, UTC_OFFICE)).toThrow(RangeError);
    expect(() => addWorkingMinutes(at("2026-01-05T09:00:00Z"), 10, { ...UTC_OFFICE, days: [] })).toThrow(RangeError);
  });
});

/** An independent count: every minute of the span, checked against the local wall clock. */
function bruteForceWorkingMinutes(from: Date, to: Date, calendar: BusinessCalendar): number {
  const format = new Intl.DateTimeFormat("en-CA", { timeZone: calendar.timeZone, hourCycle: "h23", weekday: "short", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
  const weekdayNumbers: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
  const [startHour, startMinute] = calendar.start.split(":").map(Number) as [number, number];
  const [endHour, endMinute] = calendar.end.split(":").map(Number) as [number, number];
  let count = 0;
  for (let t = from.getTime(); t < to.getTime(); t += 60_000) {
    const parts = Object.fromEntries(format.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    const minuteOfDay = Number(parts.hour) * 60 + Number(parts.minute);
    const working =
      calendar.days.includes(weekdayNumbers[parts.weekday!]!) &&
      !calendar.holidays?.includes(`${parts.year}-${parts.month}-${parts.day}`) &&
      minuteOfDay >= startHour * 60 + startMinute &&
      minuteOfDay < endHour * 60 + endMinute;
    if (working) count++;
  }
  return count;
}

// Dates around 2026's clock changes in Europe and North America, whole minutes.
const minuteAround = (fromIso: string, toIso: string) =>
  fc.integer({ min: at(fromIso).getTime() / 60_000, max: at(toIso).getTime() / 60_000 }).map((minute) => new Date(minute * 60_000));

describe("business-hours properties", () => {
  it("counts the same working minutes as a minute-by-minute walk of the wall clock", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(BERLIN_OFFICE, NEW_YORK_OFFICE),
        fc.oneof(minuteAround("2026-03-04T00:00:00Z", "2026-04-08T00:00:00Z"), minuteAround("2026-10-21T00:00:00Z", "2026-11-04T00:00:00Z")),
        fc.integer({ min: 0, max: 4 * 24 * 60 }),
        (calendar, from, spanMinutes) => {
          const to = new Date(from.getTime() + spanMinutes * 60_000);
          expect(workingMinutesBetween(from, to, calendar)).toBe(bruteForceWorkingMinutes(from, to, calendar));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("workingMinutesBetween(s, addWorkingMinutes(s, m)) is m, for any start and spans of weeks", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Calendar>(ALWAYS, UTC_OFFICE, BERLIN_OFFICE, NEW_YORK_OFFICE, BERLIN_ALL_DAY),
        fc.date({ min: at("2025-01-01T00:00:00Z"), max: at("2027-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 30_000 }),
        (calendar, start, minutes) => {
          const due = addWorkingMinutes(start, minutes, calendar);
          expect(due.getTime()).toBeGreaterThanOrEqual(start.getTime());
          expect(workingMinutesBetween(start, due, calendar)).toBe(minutes);
        },
      ),
      { numRuns: 300 },
    );
  });
});
