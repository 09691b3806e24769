import { describeWait } from "@/lib/errors";

export type RatingFailure = { message: string; fieldErrors: Record<string, string[]> };

type ProblemBody = { detail?: unknown; errors?: unknown } | null;

const PAGE_FIELDS = ["api", "version", "operation"];

/** An error answer of /api/v1/ratings in plain words, with the messages for the widget's own fields. */
export function ratingFailure(status: number, retryAfter: string | null, body: ProblemBody): RatingFailure {
  const detail = typeof body?.detail === "string" ? body.detail : null;
  const errors = body?.errors && typeof body.errors === "object" ? (body.errors as Record<string, string[]>) : {};
  if (status === 429) {
    const seconds = Number(retryAfter);
    const wait = Number.isFinite(seconds) && seconds > 0 ? ` Try again in ${describeWait(seconds)}.` : " Try again later.";
    return { message: detail && /Try again/.test(detail) ? detail : `Too many votes were sent from your network.${wait}`, fieldErrors: {} };
  }
  if (status === 404 || Object.keys(errors).some((field) => PAGE_FIELDS.includes(field))) {
    return { message: "This page cannot be rated any more: it may have been moved or removed. Reload the page and try again.", fieldErrors: {} };
  }
  if (status === 422) {
    const fieldErrors = Object.fromEntries(Object.entries(errors).filter(([field]) => field === "reason" || field === "comment"));
    return { message: Object.keys(fieldErrors).length ? "Your feedback was not sent: see the message below the field." : (detail ?? "Your feedback was not sent. Check it and try again."), fieldErrors };
  }
  return { message: "Your feedback could not be saved just now. Try again in a moment.", fieldErrors: {} };
}

export const OFFLINE_FAILURE: RatingFailure = { message: "Could not reach the portal. Check your connection and try again.", fieldErrors: {} };
