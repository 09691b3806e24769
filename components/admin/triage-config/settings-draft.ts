import { PRIORITIES, type Priority, type PriorityMatrix } from "@/lib/triage/priority";
import type { TriageSettings } from "@/lib/triage/settings-schema";
import { toFriendlyDuration, toMinutes, type DurationUnit } from "./durations";

// The settings form edits text fields (amounts, units, holidays one per line); this turns the stored
// settings into that draft and back, so the shared zod schema judges exactly what the admin typed.

export type DurationDraft = { amount: string; unit: DurationUnit };
export type TargetDraft = { firstResponse: DurationDraft; resolution: DurationDraft; nextRelease: boolean };

export type SettingsDraft = {
  matrix: PriorityMatrix;
  targets: Record<Priority, TargetDraft>;
  calendar: { mode: "24x7" | "business"; timeZone: string; days: number[]; start: string; end: string; holidays: string };
  /** Typed as decimals, as the settings schema's messages speak of them (0.5 halves each target). */
  hypercareFactor: string;
  atRiskFraction: string;
};

/** The business-hours fields a 24x7 calendar starts from when an admin switches. */
const BUSINESS_DEFAULTS = { timeZone: "UTC", days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" };


export function draftOf(settings: TriageSettings): SettingsDraft {
  const targets = Object.fromEntries(
    PRIORITIES.map((priority) => {
      const target = settings.targets[priority];
      return [
        priority,
        {
          firstResponse: toFriendlyDuration(target.firstResponseMinutes),
          resolution: target.resolutionMinutes === null ? { amount: "", unit: "days" } : toFriendlyDuration(target.resolutionMinutes),
          nextRelease: target.resolutionMinutes === null,
        },
      ];
    }),
  ) as Record<Priority, TargetDraft>;
  const calendar = settings.calendar.mode === "business" ? { ...settings.calendar, holidays: (settings.calendar.holidays ?? []).join("\n") } : { mode: "24x7" as const, ...BUSINESS_DEFAULTS, holidays: "" };
  return {
    matrix: structuredClone(settings.matrix),
    targets,
    calendar,
    hypercareFactor: String(settings.hypercareFactor),
    atRiskFraction: String(settings.atRiskFraction),
  };
}

/** "" → NaN, so an empty field is reported by the schema rather than saved as 0. */
const decimalOf = (text: string) => (/^\s*\d*([.,]\d+)?\s*$/.test(text) && /\d/.test(text) ? Number(text.trim().replace(",", ".")) : Number.NaN);

/** The draft as the settings schema's input; the schema decides whether it is valid. */
export function settingsInputOf(draft: SettingsDraft): unknown {
  const targets = Object.fromEntries(
    PRIORITIES.map((priority) => {
      const t = draft.targets[priority];
      return [
        priority,
        {
          firstResponseMinutes: toMinutes(t.firstResponse.amount, t.firstResponse.unit),
          resolutionMinutes: t.nextRelease ? null : toMinutes(t.resolution.amount, t.resolution.unit),
        },
      ];
    }),
  );
  const { mode, timeZone, days, start, end, holidays } = draft.calendar;
  const holidayList = holidays
    .split(/[\s,]+/)
    .map((h) => h.trim())
    .filter(Boolean);
  return {
    matrix: draft.matrix,
    targets,
    calendar: mode === "24x7" ? { mode } : { mode, timeZone: timeZone.trim(), days: [...days].sort((a, b) => a - b), start, end, ...(holidayList.length ? { holidays: holidayList } : {}) },
    hypercareFactor: decimalOf(draft.hypercareFactor),
    atRiskFraction: decimalOf(draft.atRiskFraction),
  };
}
