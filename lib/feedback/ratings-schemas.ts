import { z } from "zod";
import { RATING_COMMENT_MAX, RATING_REASONS } from "./ratings-labels";

// Shared by PUT /api/v1/ratings and the domain layer (the widget sends the same fields).

// Control characters (NUL above all, which PostgreSQL cannot store) never belong in an address.
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;

const pageField = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .max(max, `${what} can be at most ${max} characters.`)
    .regex(NO_CONTROL, `${what} contains characters that are not allowed.`);

const optionalPageField = (max: number, what: string) =>
  pageField(max, what)
    .nullish()
    .transform((v) => (v ? v : undefined));

/** The docs page a rating is about: /docs/<api>[/<version>[/<operation>]]. */
export const ratingPageSchema = z.object({
  api: pageField(100, "The API").min(1, "Name the API (its slug, as in /docs/<api>)."),
  version: optionalPageField(40, "The version"),
  operation: optionalPageField(120, "The operation"),
});
export type RatingPage = z.output<typeof ratingPageSchema>;

/** One schema for the widget and PUT /api/v1/ratings. Who may comment is checked by the server. */
export const ratingInputSchema = ratingPageSchema
  .extend({
    helpful: z.boolean({ error: "Say whether the page was helpful: true or false." }),
    reason: z.enum(RATING_REASONS, { error: `The reason must be one of: ${RATING_REASONS.join(", ")}.` }).nullish(),
    comment: z
      .string({ error: "The comment must be text." })
      // Plain text: NUL cannot be stored, other control characters (but tabs and line breaks) are dropped.
      .transform((v) => v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").trim())
      .pipe(z.string().max(RATING_COMMENT_MAX, `A comment can be at most ${RATING_COMMENT_MAX.toLocaleString("en")} characters.`))
      .nullish()
      .transform((v) => (v ? v : undefined)),
  })
  .superRefine((value, ctx) => {
    if (value.helpful && value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "A reason is only for pages that were not helpful." });
    }
  });
export type RatingInput = z.input<typeof ratingInputSchema>;
