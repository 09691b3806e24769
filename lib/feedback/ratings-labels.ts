import type { RatingReason } from "../generated/prisma/enums";

// What the rating widget needs on every docs page, without zod (kept out of the docs pages' bundle).

export const RATING_REASONS = ["incorrect", "missing_example", "unclear", "outdated", "other"] as const satisfies readonly RatingReason[];

export const REASON_LABELS: Record<RatingReason, string> = {
  incorrect: "Incorrect",
  missing_example: "Missing example",
  unclear: "Unclear",
  outdated: "Outdated",
  other: "Other",
};

export const RATING_COMMENT_MAX = 2_000;
