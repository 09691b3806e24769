import { z } from "zod";

export const REPORT_IMPACTS = ["blocking", "degraded", "minor", "question"] as const;
export const REPORT_VISIBILITIES = ["public", "private", "security"] as const;

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} can be at most ${max.toLocaleString("en")} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

// Bounds on "when it happened": JavaScript dates reach years the database cannot store, and a
// day of slack covers clocks and time zones that are off.
const EARLIEST_OCCURRENCE = new Date("2000-01-01T00:00:00Z");
const FUTURE_SKEW_MS = 24 * 3_600_000;

/** One schema for the report form and POST /api/v1/reports. */
export const reportInputSchema = z.object({
  title: z.string({ error: "Give the report a title." }).trim().min(5, "Use at least 5 characters for the title.").max(150, "Keep the title under 150 characters."),
  description: z.string({ error: "Describe what happened." }).trim().min(1, "Describe what happened.").max(20_000, "The description can be at most 20,000 characters."),
  api: z.string({ error: "Name the API (its slug, as in /docs/<api>)." }).trim().min(1, "Name the API.").max(100),
  version: optionalText(40, "The version"),
  operation: optionalText(120, "The operation"),
  impact: z.enum(REPORT_IMPACTS, { error: `Impact must be one of: ${REPORT_IMPACTS.join(", ")}.` }),
  visibility: z.enum(REPORT_VISIBILITIES, { error: `Visibility must be one of: ${REPORT_VISIBILITIES.join(", ")}.` }).default("private"),
  stepsToReproduce: optionalText(10_000, "Steps to reproduce"),
  expected: optionalText(5_000, "Expected behaviour"),
  actual: optionalText(5_000, "Actual behaviour"),
  requestId: optionalText(200, "The request id"),
  occurredAt: z.coerce
    .date({ error: "Give the time as an ISO 8601 date, e.g. 2026-11-27T09:30:00Z." })
    .refine((d) => d.getTime() >= EARLIEST_OCCURRENCE.getTime(), "Give a time after the year 2000.")
    .refine((d) => d.getTime() <= Date.now() + FUTURE_SKEW_MS, "That time is in the future: give when it happened.")
    .optional(),
  environment: optionalText(500, "The environment"),
  pageUrl: z.string().trim().url("The page URL must be a full URL.").max(2_000).optional(),
});
export type ReportInput = z.input<typeof reportInputSchema>;
export type ReportData = z.output<typeof reportInputSchema>;

export const idempotencyKeySchema = z.string().trim().min(8, "Idempotency-Key must be 8–100 characters.").max(100, "Idempotency-Key must be 8–100 characters.");

export const commentInputSchema = z.object({
  body: z.string({ error: "Write a comment." }).trim().min(1, "Write a comment.").max(10_000, "A comment can be at most 10,000 characters."),
});
