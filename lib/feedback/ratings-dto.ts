import type { StoredRating } from "./ratings";

/** The REST shape of a reader's own rating: explicit, so internal columns (ids, visitor keys) never leak. */
export function ratingDto(rating: StoredRating) {
  return {
    page: rating.pagePath,
    api: rating.api,
    version: rating.version,
    operation: rating.operation,
    helpful: rating.helpful,
    reason: rating.reason,
    comment: rating.comment,
    updatedAt: rating.updatedAt.toISOString(),
  };
}
export type RatingDto = ReturnType<typeof ratingDto>;
