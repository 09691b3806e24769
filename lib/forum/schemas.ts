import { z } from "zod";
import { BODY_MAX, FLAG_NOTE_MAX, MAX_PAGE, MAX_TAGS, TAG_MAX, THREAD_BODY_MIN, TITLE_MAX, TITLE_MIN } from "./limits";

// One schema per input, shared by the forum's forms and its API (no server-only code here).

const slug = (what: string) => z.string().trim().min(1, `Name the ${what}.`).max(120, `The ${what} is too long.`);
const optionalSlug = (what: string) =>
  z
    .string()
    .trim()
    .max(120, `The ${what} is too long.`)
    .optional()
    .transform((v) => (v ? v : undefined));

export const TAG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Tags as a list, or as the text of the form's field ("auth, pagination"); lower-cased, duplicates dropped. */
export const tagsSchema = z
  .preprocess(
    (value) => (typeof value === "string" ? value.split(/[\s,]+/) : value),
    z.array(z.string({ error: "Each tag must be text." }).trim().toLowerCase()).transform((tags) => [...new Set(tags.filter(Boolean))]),
  )
  .pipe(
    z.array(z.string()).superRefine((tags, ctx) => {
      // Errors on the field itself ("tags"), not on an index, so the form can show them.
      if (tags.length > MAX_TAGS) ctx.addIssue({ code: "custom", message: `Use at most ${MAX_TAGS} tags.` });
      for (const tag of tags) {
        if (tag.length > TAG_MAX) ctx.addIssue({ code: "custom", message: `A tag can be at most ${TAG_MAX} characters.` });
        else if (!TAG_PATTERN.test(tag)) ctx.addIssue({ code: "custom", message: `"${tag.slice(0, TAG_MAX)}" is not a tag: use lower-case letters, digits and dashes (e.g. rate-limits).` });
      }
    }),
  );

const title = z
  .string({ error: "Give the thread a title." })
  .trim()
  .min(TITLE_MIN, `Use at least ${TITLE_MIN} characters for the title.`)
  .max(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters.`);
const threadBody = z
  .string({ error: "Write your question or idea." })
  .trim()
  .min(THREAD_BODY_MIN, `Write at least ${THREAD_BODY_MIN} characters.`)
  .max(BODY_MAX, `A post can be at most ${BODY_MAX.toLocaleString("en")} characters.`);
const replyBody = z
  .string({ error: "Write a reply." })
  .trim()
  .min(1, "Write a reply.")
  .max(BODY_MAX, `A post can be at most ${BODY_MAX.toLocaleString("en")} characters.`);

/** POST /api/v1/forum/threads and the "New thread" form. */
export const threadInputSchema = z.object({
  title,
  body: threadBody,
  /** The category's slug; by default the linked API's category, else General. */
  category: optionalSlug("category"),
  tags: tagsSchema.optional().default([]),
  api: optionalSlug("API"),
  version: optionalSlug("version"),
  operation: optionalSlug("operation"),
});
export type ThreadInput = z.input<typeof threadInputSchema>;

export const replyInputSchema = z.object({ body: replyBody });

/** What an author (or staff) may change in a thread's opening post. */
export const threadEditSchema = z
  .object({ title: title.optional(), body: threadBody.optional(), tags: tagsSchema.optional() })
  .refine((v) => v.title !== undefined || v.body !== undefined || v.tags !== undefined, { message: "Nothing to change.", path: ["_"] });

export const postEditSchema = z.object({ body: replyBody });

/** Staff moderation of a thread. */
export const threadModerationSchema = z
  .object({
    pinned: z.boolean({ error: "pinned must be true or false." }).optional(),
    locked: z.boolean({ error: "locked must be true or false." }).optional(),
    hidden: z.boolean({ error: "hidden must be true or false." }).optional(),
    /** Move to the category with this slug. */
    category: slug("category").optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: "Nothing to change.", path: ["_"] });

export const postModerationSchema = z.object({ hidden: z.boolean({ error: "hidden must be true or false." }) });

/** Fields of PATCH /api/v1/forum/threads/{number} that edit the opening post, and those that moderate. */
export const THREAD_EDIT_FIELDS = ["title", "body", "tags"] as const;
export const THREAD_MODERATION_FIELDS = ["pinned", "locked", "hidden", "category"] as const;

export const FLAG_REASONS = ["spam", "inappropriate", "off-topic", "other"] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];
export const flagInputSchema = z
  .object({
    reason: z.enum(FLAG_REASONS, { error: `Reason must be one of: ${FLAG_REASONS.join(", ")}.` }),
    note: z
      .string()
      .trim()
      .max(FLAG_NOTE_MAX, `Keep the note under ${FLAG_NOTE_MAX.toLocaleString("en")} characters.`)
      .optional()
      .transform((v) => (v ? v : undefined)),
  })
  .refine((v) => v.reason !== "other" || v.note, { message: "Say what is wrong with this post.", path: ["note"] });

export const acceptInputSchema = z.object({ postId: z.string({ error: "Name the reply (postId)." }).trim().min(1, "Name the reply (postId).").max(64) });

export const SORTS = ["latest", "top", "unanswered"] as const;
export type ThreadSort = (typeof SORTS)[number];
export const PERIODS = ["day", "week", "month", "year", "all"] as const;
export type TopPeriod = (typeof PERIODS)[number];

/** Filters of a thread list: the API's query string and the forum pages' search params. */
export const threadListSchema = z.object({
  sort: z.enum(SORTS, { error: `sort must be one of: ${SORTS.join(", ")}.` }).default("latest"),
  period: z.enum(PERIODS, { error: `period must be one of: ${PERIODS.join(", ")}.` }).default("all"),
  category: optionalSlug("category"),
  tag: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
    z.string().max(TAG_MAX, "That tag is too long.").regex(TAG_PATTERN, "Tags use lower-case letters, digits and dashes.").optional(),
  ),
  api: optionalSlug("API"),
  version: optionalSlug("version"),
  operation: optionalSlug("operation"),
  page: z.coerce.number({ error: "page must be a number." }).int("page must be a whole number.").min(1, "Pages start at 1.").max(MAX_PAGE, `page can be at most ${MAX_PAGE}.`).default(1),
}).superRefine((filter, ctx) => {
  for (const key of ["version", "operation"] as const) {
    if (filter[key] && !filter.api) ctx.addIssue({ code: "custom", path: [key], message: `Give the API when you filter by ${key}.` });
  }
});
export type ThreadListFilter = z.infer<typeof threadListSchema>;

export const threadNumberSchema = z.coerce.number({ error: "Not a thread number." }).int().min(1).max(2_147_483_647);
