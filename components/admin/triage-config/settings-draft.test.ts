import { describe, expect, it } from "vitest";
import { DEFAULT_TRIAGE_SETTINGS, triageSettingsSchema } from "@/lib/triage/settings-schema";
import { fieldErrorsOf } from "@/lib/validation";
import { draftOf, settingsInputOf } from "./settings-draft";

describe("the settings form's draft", () => {
  it("shows the defaults in friendly units and gives them back unchanged", () => {
    const draft = draftOf(DEFAULT_TRIAGE_SETTINGS);
    expect(draft.targets.critical).toEqual({ firstResponse: { amount: "15", unit: "minutes" }, resolution: { amount: "4", unit: "hours" }, nextRelease: false });
    expect(draft.targets.low.nextRelease).toBe(true);
    expect(draft.hypercareFactor).toBe("0.5");
    expect(triageSettingsSchema.parse(settingsInputOf(draft))).toEqual(DEFAULT_TRIAGE_SETTINGS);
  });

  it("turns business hours and holidays typed one per line into the calendar", () => {
    const draft = draftOf(DEFAULT_TRIAGE_SETTINGS);
    draft.calendar = { mode: "business", timeZone: " Europe/Berlin ", days: [5, 1, 3], start: "08:30", end: "17:00", holidays: "2026-12-25\n\n2026-12-26, 2027-01-01" };
    draft.targets.high.resolution = { amount: "1.5", unit: "days" };
    const settings = triageSettingsSchema.parse(settingsInputOf(draft));
    expect(settings.calendar).toEqual({ mode: "business", timeZone: "Europe/Berlin", days: [1, 3, 5], start: "08:30", end: "17:00", holidays: ["2026-12-25", "2026-12-26", "2027-01-01"] });
    expect(settings.targets.high.resolutionMinutes).toBe(2160);
  });

  it("lets the schema report empty or wrong fields on the field the admin typed in", () => {
    const draft = draftOf(DEFAULT_TRIAGE_SETTINGS);
    draft.targets.medium.firstResponse.amount = "";
    draft.hypercareFactor = "1.5";
    draft.atRiskFraction = ",25";
    const parsed = triageSettingsSchema.safeParse(settingsInputOf(draft));
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsOf(parsed.error!);
    expect(Object.keys(errors).sort()).toEqual(["hypercareFactor", "targets.medium.firstResponseMinutes"]);
  });
});
