import type { z } from "zod";
import type { FieldErrors } from "./errors";

/** zod issues as `{ field: [messages] }`, the shape problem+json and the forms use. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** JavaScript dates reach ±270,000 years; PostgreSQL refuses most of that, so input is kept to years 1970–9999. */
export function isStorableDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return year >= 1970 && year <= 9999;
}
