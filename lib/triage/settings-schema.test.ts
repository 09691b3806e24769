import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../validation";
import { DEFAULT_TRIAGE_SETTINGS, triageSettingsSchema, type TriageSettingsInput } from "./settings-schema";

const berlinOffice = { mode: "business", timeZone: "Europe/Berlin", days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" } as const;

function errorsFor(input: unknown) {
  const result = triageSettingsSchema.safeParse(input);
  if (result.success) throw new Error("expected the settings to be refused");
  return fieldErrorsOf(result.error);
}

function withCalendar(calendar: unknown) {
  return { ...DEFAULT_TRIAGE_SETTINGS, calendar };
}

describe("default triage settings", () => {
  it("are the issue's targets and pass their own schema unchanged", () => {
    expect(triageSettingsSchema.parse(DEFAULT_TRIAGE_SETTINGS)).toEqual(DEFAULT_TRIAGE_SETTINGS);
    expect(DEFAULT_TRIAGE_SETTINGS.targets).toEqual({
      critical: { firstResponseMinutes: 15, resolutionMinutes: 240 },
      high: { firstResponseMinutes: 60, resolutionMinutes: 1440 },
      medium: { firstResponseMinutes: 480, resolutionMinutes: 7200 },
      low: { firstResponseMinutes: 2880, resolutionMinutes: null },
    });
    expect(DEFAULT_TRIAGE_SETTINGS.calendar).toEqual({ mode: "24x7" });
  });

  it("fill in the hypercare factor and at-risk share when an admin leaves them out", () => {
    const { hypercareFactor: _factor, atRiskFraction: _fraction, ...rest } = DEFAULT_TRIAGE_SETTINGS;
    const parsed = triageSettingsSchema.parse(rest satisfies TriageSettingsInput);
    expect(parsed.hypercareFactor).toBe(0.5);
    expect(parsed.atRiskFraction).toBe(0.2);
  });
});

describe("business calendar validation", () => {
  it("accepts a working week with holidays and a day that runs to midnight", () => {
    const calendar = { ...berlinOffice, end: "24:00", holidays: ["2026-12-25", "2026-12-26"] };
    expect(triageSettingsSchema.parse(withCalendar(calendar)).calendar).toEqual(calendar);
  });

  it("refuses an unknown time zone", () => {
    expect(errorsFor(withCalendar({ ...berlinOffice, timeZone: "Europe/Atlantis" }))["calendar.timeZone"]).toEqual([
      "Unknown time zone: use an IANA name such as Europe/Berlin or America/New_York.",
    ]);
  });

  it("refuses a working day that ends before or when it starts", () => {
    expect(errorsFor(withCalendar({ ...berlinOffice, start: "17:00", end: "09:00" }))["calendar.end"]).toEqual(["The working day must end after it starts."]);
    expect(errorsFor(withCalendar({ ...berlinOffice, start: "09:00", end: "09:00" }))["calendar.end"]).toEqual(["The working day must end after it starts."]);
  });

  it("refuses times that are not HH:MM", () => {
    expect(errorsFor(withCalendar({ ...berlinOffice, start: "9am" }))["calendar.start"]).toEqual(["Give the start of the working day as HH:MM, e.g. 09:00."]);
    expect(errorsFor(withCalendar({ ...berlinOffice, end: "24:30" }))["calendar.end"]).toEqual(["Give the end of the working day as HH:MM, e.g. 17:00."]);
  });

  it("refuses an empty, out-of-range or repeated list of working days", () => {
    expect(errorsFor(withCalendar({ ...berlinOffice, days: [] }))["calendar.days"]).toEqual(["Choose at least one working day."]);
    expect(errorsFor(withCalendar({ ...berlinOffice, days: [1, 7] }))["calendar.days.1"]).toEqual(["Days are numbered 0 (Sunday) to 6 (Saturday)."]);
    expect(errorsFor(withCalendar({ ...berlinOffice, days: [1, 1] }))["calendar.days"]).toEqual(["List each working day once."]);
  });

  it("refuses holidays that are not real dates", () => {
    expect(errorsFor(withCalendar({ ...berlinOffice, holidays: ["2026-02-30"] }))["calendar.holidays.0"]).toEqual(["That holiday is not a real calendar date."]);
    expect(errorsFor(withCalendar({ ...berlinOffice, holidays: ["25.12.2026"] }))["calendar.holidays.0"]).toEqual(["Give holidays as YYYY-MM-DD."]);
  });

  it("refuses an unknown calendar mode", () => {
    expect(errorsFor(withCalendar({ mode: "weekdays" }))["calendar.mode"]).toEqual([
      'The clock calendar mode must be "24x7" or "business".',
    ]);
  });
});

describe("factor, share and targets validation", () => {
  it("refuses a hypercare factor of 0 or above 1", () => {
    expect(errorsFor({ ...DEFAULT_TRIAGE_SETTINGS, hypercareFactor: 0 }).hypercareFactor).toEqual([
      "The hypercare factor must be above 0 (0 would make every target due at once).",
    ]);
    expect(errorsFor({ ...DEFAULT_TRIAGE_SETTINGS, hypercareFactor: 1.5 }).hypercareFactor).toEqual([
      "The hypercare factor can be at most 1 (it shortens targets, never lengthens them).",
    ]);
    expect(triageSettingsSchema.parse({ ...DEFAULT_TRIAGE_SETTINGS, hypercareFactor: 1 }).hypercareFactor).toBe(1);
  });

  it("refuses an at-risk share outside (0, 1)", () => {
    expect(errorsFor({ ...DEFAULT_TRIAGE_SETTINGS, atRiskFraction: 1 }).atRiskFraction).toEqual(["The at-risk share must be below 1."]);
  });

  it("refuses targets that are not whole positive minutes", () => {
    const targets = { ...DEFAULT_TRIAGE_SETTINGS.targets, high: { firstResponseMinutes: 0, resolutionMinutes: 90.5 } };
    const errors = errorsFor({ ...DEFAULT_TRIAGE_SETTINGS, targets });
    expect(errors["targets.high.firstResponseMinutes"]).toEqual(["The first-response target must be at least 1 minute."]);
    expect(errors["targets.high.resolutionMinutes"]).toEqual(["The resolution target must be whole minutes."]);
  });

  it("refuses a resolution target shorter than the first-response target", () => {
    const targets = { ...DEFAULT_TRIAGE_SETTINGS.targets, critical: { firstResponseMinutes: 60, resolutionMinutes: 30 } };
    expect(errorsFor({ ...DEFAULT_TRIAGE_SETTINGS, targets })["targets.critical.resolutionMinutes"]).toEqual([
      "The resolution target cannot be shorter than the first-response target.",
    ]);
  });

  it("needs every priority's targets and every matrix cell", () => {
    const { low: _low, ...targets } = DEFAULT_TRIAGE_SETTINGS.targets;
    expect(errorsFor({ ...DEFAULT_TRIAGE_SETTINGS, targets })["targets.low"]).toEqual([
      "Give a first-response and a resolution target (resolution may be null: next release).",
    ]);
    const matrix = { ...DEFAULT_TRIAGE_SETTINGS.matrix, major: { ...DEFAULT_TRIAGE_SETTINGS.matrix.major, some: "urgent" } };
    expect(errorsFor({ ...DEFAULT_TRIAGE_SETTINGS, matrix })["matrix.major.some"]).toEqual(["Pick a priority: critical, high, medium, low."]);
  });
});
