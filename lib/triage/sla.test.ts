import { describe, expect, it } from "vitest";
import type { BusinessCalendar, Calendar, TriageSettings } from "./settings-schema";
import { DEFAULT_TRIAGE_SETTINGS } from "./settings-schema";
import {
  clockDueAt,
  clockState,
  dueAt,
  formatDuration,
  formatRemaining,
  pauseClock,
  reopenClock,
  resumeClock,
  retargetClock,
  startClock,
  stopClock,
  targetsFor,
} from "./sla";

const ALWAYS: Calendar = { mode: "24x7" };
const UTC_OFFICE: BusinessCalendar = { mode: "business", timeZone: "UTC", days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" };
const at = (iso: string) => new Date(iso);
const minutesAfter = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe("targetsFor", () => {
  it("gives the configured targets outside a hypercare window", () => {
    expect(targetsFor(DEFAULT_TRIAGE_SETTINGS, "critical", { hypercare: false })).toEqual({ firstResponseMinutes: 15, resolutionMinutes: 240 });
    expect(targetsFor(DEFAULT_TRIAGE_SETTINGS, "low", { hypercare: false })).toEqual({ firstResponseMinutes: 2880, resolutionMinutes: null });
  });

  it("halves targets during hypercare, rounding up to whole minutes (15 → 8)", () => {
    expect(targetsFor(DEFAULT_TRIAGE_SETTINGS, "critical", { hypercare: true })).toEqual({ firstResponseMinutes: 8, resolutionMinutes: 120 });
    expect(targetsFor(DEFAULT_TRIAGE_SETTINGS, "low", { hypercare: true })).toEqual({ firstResponseMinutes: 1440, resolutionMinutes: null });
  });

  it("uses a version's own factor when given, without float noise adding a minute", () => {
    const settings: TriageSettings = { ...DEFAULT_TRIAGE_SETTINGS, targets: { ...DEFAULT_TRIAGE_SETTINGS.targets, high: { firstResponseMinutes: 100, resolutionMinutes: 1000 } } };
    expect(targetsFor(settings, "high", { hypercare: true, factor: 0.7 })).toEqual({ firstResponseMinutes: 70, resolutionMinutes: 700 });
    expect(targetsFor(settings, "high", { hypercare: true, factor: 0.001 }).firstResponseMinutes).toBe(1);
    expect(() => targetsFor(settings, "high", { hypercare: true, factor: 0 })).toThrow(RangeError);
  });
});

describe("clock due time and pauses", () => {
  const opened = at("2026-01-12T10:00:00Z");

  it("is due target minutes after the start on a 24x7 calendar", () => {
    expect(dueAt(opened, 240, ALWAYS)).toEqual(at("2026-01-12T14:00:00Z"));
    expect(clockDueAt(startClock(opened, 240), ALWAYS)).toEqual(at("2026-01-12T14:00:00Z"));
  });

  it("has no due time while paused, and a pause pushes the due time back by its length", () => {
    const paused = pauseClock(startClock(opened, 240), at("2026-01-12T11:00:00Z"));
    expect(clockDueAt(paused, ALWAYS)).toBeNull();
    const resumed = resumeClock(paused, at("2026-01-12T13:00:00Z"), ALWAYS);
    expect(resumed.pausedMinutes).toBe(120);
    expect(clockDueAt(resumed, ALWAYS)).toEqual(at("2026-01-12T16:00:00Z"));
  });

  it("counts only paused working minutes on a business calendar", () => {
    // Paused Friday 16:00, answered Monday 10:00: 1 h on Friday + 1 h on Monday.
    const clock = startClock(at("2026-01-09T15:00:00Z"), 120);
    const resumed = resumeClock(pauseClock(clock, at("2026-01-09T16:00:00Z")), at("2026-01-12T10:00:00Z"), UTC_OFFICE);
    expect(resumed.pausedMinutes).toBe(120);
    // 2 h target + 2 h paused from Friday 15:00: 2 h on Friday, 2 h on Monday → 11:00.
    expect(clockDueAt(resumed, UTC_OFFICE)).toEqual(at("2026-01-12T11:00:00Z"));
  });

  it("adds up several pauses and ignores pausing twice or resuming a running clock", () => {
    let clock = startClock(opened, 60);
    clock = pauseClock(clock, minutesAfter(opened, 10));
    clock = pauseClock(clock, minutesAfter(opened, 20));
    clock = resumeClock(clock, minutesAfter(opened, 30), ALWAYS);
    clock = resumeClock(clock, minutesAfter(opened, 40), ALWAYS);
    clock = resumeClock(pauseClock(clock, minutesAfter(opened, 50)), minutesAfter(opened, 55), ALWAYS);
    expect(clock.pausedMinutes).toBe(25);
    expect(clockDueAt(clock, ALWAYS)).toEqual(minutesAfter(opened, 85));
  });

  it("keeps the start and the pauses when the priority changes, and takes the new target", () => {
    const resumed = resumeClock(pauseClock(startClock(opened, 1440), minutesAfter(opened, 30)), minutesAfter(opened, 90), ALWAYS);
    const raised = retargetClock(resumed, 240);
    expect(raised).toMatchObject({ startedAt: opened, pausedMinutes: 60, targetMinutes: 240 });
    expect(clockDueAt(raised, ALWAYS)).toEqual(minutesAfter(opened, 300));
  });
});

describe("clockState", () => {
  const opened = at("2026-01-12T10:00:00Z");
  const clock = startClock(opened, 60);

  it("is running with the time left while well within the target", () => {
    expect(clockState(clock, minutesAfter(opened, 20), ALWAYS)).toEqual({ state: "running", dueAt: minutesAfter(opened, 60), remainingMinutes: 40, elapsedMinutes: 20 });
  });

  it("is at risk at exactly 20 % of the target left, not a minute before", () => {
    expect(clockState(clock, minutesAfter(opened, 47), ALWAYS, 0.2).state).toBe("running");
    expect(clockState(clock, minutesAfter(opened, 48), ALWAYS, 0.2)).toMatchObject({ state: "at_risk", remainingMinutes: 12 });
    expect(clockState(clock, minutesAfter(opened, 60), ALWAYS, 0.2)).toMatchObject({ state: "at_risk", remainingMinutes: 0 });
  });

  it("is breached once the due time has passed, with the overdue minutes negative", () => {
    expect(clockState(clock, minutesAfter(opened, 61), ALWAYS)).toMatchObject({ state: "breached", remainingMinutes: -1, elapsedMinutes: 61 });
    expect(clockState(clock, minutesAfter(opened, 60.25), ALWAYS)).toMatchObject({ state: "breached", remainingMinutes: -1 });
  });

  it("rounds a part minute left up, so it never shows 0 before the due time", () => {
    expect(clockState(clock, minutesAfter(opened, 59.5), ALWAYS)).toMatchObject({ remainingMinutes: 1, elapsedMinutes: 59 });
  });

  it("freezes while paused: no due time, and the time left stays what it was", () => {
    const paused = pauseClock(clock, minutesAfter(opened, 30));
    const later = clockState(paused, minutesAfter(opened, 600), ALWAYS);
    expect(later).toEqual({ state: "paused", dueAt: null, remainingMinutes: 30, elapsedMinutes: 30 });
  });

  it("stays breached when paused after the due time", () => {
    const paused = pauseClock(clock, minutesAfter(opened, 90));
    expect(clockState(paused, minutesAfter(opened, 120), ALWAYS)).toMatchObject({ state: "breached", dueAt: minutesAfter(opened, 60), remainingMinutes: -30 });
  });

  it("is met when stopped before the due time and breached when stopped after it", () => {
    const metClock = stopClock(clock, minutesAfter(opened, 45), ALWAYS);
    expect(clockState(metClock, minutesAfter(opened, 500), ALWAYS)).toMatchObject({ state: "met", remainingMinutes: 15, elapsedMinutes: 45 });
    const lateClock = stopClock(clock, minutesAfter(opened, 75), ALWAYS);
    expect(clockState(lateClock, minutesAfter(opened, 500), ALWAYS)).toMatchObject({ state: "breached", remainingMinutes: -15 });
  });

  it("does not charge the wait on the reporter when an item is resolved while waiting", () => {
    const waiting = pauseClock(clock, minutesAfter(opened, 50));
    const resolved = stopClock(waiting, minutesAfter(opened, 200), ALWAYS);
    expect(resolved.pausedMinutes).toBe(150);
    expect(clockState(resolved, minutesAfter(opened, 300), ALWAYS)).toMatchObject({ state: "met", elapsedMinutes: 50 });
  });

  it("continues after a reopen with the resolved time counted as paused", () => {
    const resolved = stopClock(clock, minutesAfter(opened, 40), ALWAYS);
    const reopened = reopenClock(resolved, minutesAfter(opened, 100), ALWAYS);
    expect(reopened).toMatchObject({ stoppedAt: null, pausedMinutes: 60 });
    expect(clockState(reopened, minutesAfter(opened, 105), ALWAYS)).toMatchObject({ state: "running", remainingMinutes: 15, elapsedMinutes: 45 });
  });

  it("counts only working time on a business calendar, so a clock opened on Friday evening is not breached on Saturday", () => {
    const fridayEvening = startClock(at("2026-01-09T18:00:00Z"), 60);
    expect(clockState(fridayEvening, at("2026-01-10T12:00:00Z"), UTC_OFFICE)).toMatchObject({
      state: "running",
      dueAt: at("2026-01-12T10:00:00Z"),
      remainingMinutes: 60,
      elapsedMinutes: 0,
    });
  });
});

describe("formatRemaining", () => {
  it.each([
    [12, "12 min left"],
    [60, "1 h left"],
    [185, "3 h 5 min left"],
    [1440, "1 d left"],
    [-(2 * 1440 + 4 * 60 + 30), "2 d 4 h overdue"],
    [-1, "1 min overdue"],
    [0, "due now"],
  ])("%d minutes → %s", (minutes, text) => {
    expect(formatRemaining(minutes)).toBe(text);
  });

  it("formats targets for the reporter the same compact way", () => {
    expect([15, 240, 7200].map(formatDuration)).toEqual(["15 min", "4 h", "5 d"]);
  });
});
