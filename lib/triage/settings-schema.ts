import { z } from "zod";
import { DEFAULT_PRIORITY_MATRIX, IMPACT_SCOPES, PRIORITIES, SEVERITIES, type Priority } from "./priority";

/** What admins edit on the triage settings page: priority matrix, SLA targets, clock calendar. */

const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A year of minutes: longer targets are typos, and they would make the calendar walk far ahead. */
const MAX_TARGET_MINUTES = 365 * 24 * 60;

/** "HH:MM" → minutes after local midnight ("24:00" → 1440, the end of the day). */
export function minutesOfDay(clockTime: string): number {
  const [hours, minutes] = clockTime.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Only judges strings already shaped YYYY-MM-DD; the pattern check reports the others. */
function isRealDate(isoDate: string): boolean {
  if (!ISO_DATE.test(isoDate)) return true;
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An object with one required field per key, all validated by the same schema. */
function objectOverKeys<K extends string, S extends z.ZodType>(keys: readonly K[], field: S, error: string) {
  const shape = Object.fromEntries(keys.map((key) => [key, field])) as Record<K, S>;
  return z.object(shape, { error });
}

const priorityChoice = z.enum(PRIORITIES, { error: `Pick a priority: ${PRIORITIES.join(", ")}.` });

const priorityMatrixSchema = objectOverKeys(
  SEVERITIES,
  objectOverKeys(IMPACT_SCOPES, priorityChoice, "Give a priority for every impact in this severity's row."),
  "The priority matrix needs a row for every severity.",
);

const targetMinutes = (what: string) =>
  z
    .number({ error: `${what} must be a number of minutes.` })
    .int(`${what} must be whole minutes.`)
    .positive(`${what} must be at least 1 minute.`)
    .max(MAX_TARGET_MINUTES, `${what} can be at most 365 days.`);

const slaTargetSchema = z
  .object(
    {
      firstResponseMinutes: targetMinutes("The first-response target"),
      /** null: "next release", no resolution clock runs. */
      resolutionMinutes: targetMinutes("The resolution target").nullable(),
    },
    { error: "Give a first-response and a resolution target (resolution may be null: next release)." },
  )
  .refine((t) => t.resolutionMinutes === null || t.resolutionMinutes >= t.firstResponseMinutes, {
    error: "The resolution target cannot be shorter than the first-response target.",
    path: ["resolutionMinutes"],
  });

const slaTargetsSchema = objectOverKeys(PRIORITIES, slaTargetSchema, "Give SLA targets for every priority.");

const alwaysOnCalendarSchema = z.object({ mode: z.literal("24x7") });

const businessCalendarSchema = z
  .object({
    mode: z.literal("business"),
    timeZone: z
      .string({ error: "Choose a time zone, e.g. Europe/Berlin." })
      .refine(isValidTimeZone, { error: "Unknown time zone: use an IANA name such as Europe/Berlin or America/New_York." }),
    days: z
      .array(z.number().int().min(0, "Days are numbered 0 (Sunday) to 6 (Saturday).").max(6, "Days are numbered 0 (Sunday) to 6 (Saturday)."), {
        error: "Choose the working days.",
      })
      .min(1, "Choose at least one working day.")
      .refine((days) => new Set(days).size === days.length, { error: "List each working day once." }),
    start: z.string().regex(CLOCK_TIME, "Give the start of the working day as HH:MM, e.g. 09:00."),
    end: z.string().regex(CLOCK_TIME, "Give the end of the working day as HH:MM, e.g. 17:00."),
    holidays: z
      .array(
        z
          .string()
          .regex(ISO_DATE, "Give holidays as YYYY-MM-DD.")
          .refine(isRealDate, { error: "That holiday is not a real calendar date." }),
      )
      .optional(),
  })
  .refine((c) => !CLOCK_TIME.test(c.start) || !CLOCK_TIME.test(c.end) || minutesOfDay(c.end) > minutesOfDay(c.start), {
    error: "The working day must end after it starts.",
    path: ["end"],
  });

export const calendarSchema = z.discriminatedUnion("mode", [alwaysOnCalendarSchema, businessCalendarSchema], {
  error: 'The clock calendar mode must be "24x7" or "business".',
});

export const triageSettingsSchema = z.object({
  matrix: priorityMatrixSchema,
  targets: slaTargetsSchema,
  calendar: calendarSchema,
  hypercareFactor: z
    .number({ error: "The hypercare factor must be a number." })
    .gt(0, "The hypercare factor must be above 0 (0 would make every target due at once).")
    .max(1, "The hypercare factor can be at most 1 (it shortens targets, never lengthens them).")
    .default(0.5),
  atRiskFraction: z
    .number({ error: "The at-risk share must be a number." })
    .gt(0, "The at-risk share must be above 0.")
    .lt(1, "The at-risk share must be below 1.")
    .default(0.2),
});

export type TriageSettingsInput = z.input<typeof triageSettingsSchema>;
export type TriageSettings = z.output<typeof triageSettingsSchema>;
export type Calendar = z.output<typeof calendarSchema>;
export type BusinessCalendar = Extract<Calendar, { mode: "business" }>;
export type SlaTarget = TriageSettings["targets"][Priority];

const HOUR = 60;
const DAY = 24 * HOUR;

/** The defaults: clocks run around the clock; Low has no resolution clock ("next release"). */
export const DEFAULT_TRIAGE_SETTINGS: TriageSettings = {
  matrix: DEFAULT_PRIORITY_MATRIX,
  targets: {
    critical: { firstResponseMinutes: 15, resolutionMinutes: 4 * HOUR },
    high: { firstResponseMinutes: 1 * HOUR, resolutionMinutes: 24 * HOUR },
    medium: { firstResponseMinutes: 8 * HOUR, resolutionMinutes: 5 * DAY },
    low: { firstResponseMinutes: 2 * DAY, resolutionMinutes: null },
  },
  calendar: { mode: "24x7" },
  hypercareFactor: 0.5,
  atRiskFraction: 0.2,
};
