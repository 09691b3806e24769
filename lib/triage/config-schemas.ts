import { z } from "zod";
import { TRIAGE_CATEGORIES } from "./classifier/categories";
import { checkKeyword, normalizeOperationPattern } from "./routing-match";

// One schema per input of the triage configuration (teams, routing rules, hypercare windows,
// canned replies), shared by the admin forms and the domain functions that store them.

const id = (what: string) => z.string({ error: `Choose ${what}.` }).trim().min(1, `Choose ${what}.`).max(64, `Unknown ${what}.`);

export const TEAM_NAME_MAX = 80;

const teamName = z
  .string({ error: "Give the team a name." })
  .trim()
  .min(2, "A team name needs at least 2 characters.")
  .max(TEAM_NAME_MAX, `A team name can be at most ${TEAM_NAME_MAX} characters.`);

export const teamCreateSchema = z.object({
  name: teamName,
  /** Used in queue filters (?team=payments); derived from the name when left out. */
  slug: z
    .string()
    .trim()
    .max(40, "A team's short name can be at most 40 characters.")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "A team's short name uses lowercase letters, digits and single hyphens, e.g. payments-api.")
    .optional(),
});
export type TeamCreateInput = z.input<typeof teamCreateSchema>;

export const teamUpdateSchema = z
  .object({
    name: teamName.optional(),
    /** Only `true`: a team stops being the default when another becomes it. */
    isDefault: z.literal(true, { error: "To change the default team, make another team the default." }).optional(),
  })
  .refine((v) => v.name !== undefined || v.isDefault !== undefined, { error: "Send a new name or isDefault: true." });
export type TeamUpdateInput = z.input<typeof teamUpdateSchema>;

export const teamMemberSchema = z.object({ userId: id("a staff member") });

/** Empty text and null both mean "no condition". */
const optionalText = z
  .string({ error: "Must be text." })
  .nullish()
  .transform((v) => (v?.trim() ? v : null));

const operationPattern = optionalText.transform((value, ctx) => {
  if (value === null) return null;
  const checked = normalizeOperationPattern(value);
  if (!checked.ok) {
    ctx.addIssue({ code: "custom", message: checked.message });
    return z.NEVER;
  }
  return checked.pattern;
});

const keyword = optionalText.transform((value, ctx) => {
  if (value === null) return null;
  const checked = checkKeyword(value);
  if (!checked.ok) {
    ctx.addIssue({ code: "custom", message: checked.message });
    return z.NEVER;
  }
  return checked.keyword;
});

const category = z
  .enum(TRIAGE_CATEGORIES, { error: `The category must be one of: ${TRIAGE_CATEGORIES.join(", ")}.` })
  .nullish()
  .transform((v) => v ?? null);

const apiId = z
  .string({ error: "Choose an API." })
  .max(64, "Unknown API.")
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null));

const NO_CONDITION = "Set at least one condition (API, operation, category or keyword): a rule without one would take every item.";

export const routingRuleCreateSchema = z
  .object({
    teamId: id("the team that gets the items"),
    apiId,
    operationPattern,
    category,
    keyword,
    enabled: z.boolean({ error: "enabled must be true or false." }).default(true),
  })
  .refine((r) => r.apiId || r.operationPattern || r.category || r.keyword, { error: NO_CONDITION, path: ["conditions"] });
export type RoutingRuleCreateInput = z.input<typeof routingRuleCreateSchema>;

/** Fields left out keep their value; the merged rule must still have a condition (checked when stored). */
export const routingRuleUpdateSchema = z
  .object({
    teamId: id("the team that gets the items").optional(),
    apiId: apiId.optional(),
    operationPattern: operationPattern.optional(),
    category: category.optional(),
    keyword: keyword.optional(),
    enabled: z.boolean({ error: "enabled must be true or false." }).optional(),
    /** Moves the rule one place earlier or later in the order. */
    move: z.enum(["up", "down"], { error: 'move must be "up" or "down".' }).optional(),
    /** Moves the rule to this place in the order, 1 being tried first. */
    position: z.number({ error: "The position must be a number." }).int("The position must be a whole number.").min(1, "Positions start at 1.").optional(),
  })
  .refine((r) => !(r.move && r.position), { error: "Send either move or position, not both.", path: ["position"] });
export type RoutingRuleUpdateInput = z.input<typeof routingRuleUpdateSchema>;

export { NO_CONDITION as ROUTING_RULE_NEEDS_CONDITION };

const instant = (what: string) => {
  const error = `Give the ${what} as a date and time, e.g. 2026-12-01T00:00:00Z.`;
  return z.union([z.date({ error }), z.iso.datetime({ offset: true, error })], { error }).transform((v) => new Date(v));
};

const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

export const hypercareWindowSchema = z
  .object({
    versionId: id("an API version"),
    startsAt: instant("start"),
    endsAt: instant("end"),
    /** Left out: the settings' hypercare factor. */
    factor: z
      .number({ error: "The factor must be a number." })
      .gt(0, "The factor must be above 0 (0 would make every target due at once).")
      .max(1, "The factor can be at most 1 (it shortens targets, never lengthens them).")
      .optional(),
  })
  // Only compared when both dates parsed: a bad date already has its own message.
  .refine((w) => !isDate(w.startsAt) || !isDate(w.endsAt) || w.startsAt < w.endsAt, { error: "The window must end after it starts.", path: ["endsAt"] });
export type HypercareWindowInput = z.input<typeof hypercareWindowSchema>;

export const CANNED_TITLE_MAX = 120;
export const CANNED_BODY_MAX = 10_000;

const cannedTitle = z
  .string({ error: "Give the reply a title." })
  .trim()
  .min(1, "Give the reply a title.")
  .max(CANNED_TITLE_MAX, `A title can be at most ${CANNED_TITLE_MAX} characters.`);
const cannedBody = z
  .string({ error: "Write the reply." })
  .trim()
  .min(1, "Write the reply.")
  .max(CANNED_BODY_MAX, `A reply can be at most ${CANNED_BODY_MAX.toLocaleString("en")} characters.`);

export const cannedReplySchema = z.object({ title: cannedTitle, body: cannedBody });
export const cannedReplyUpdateSchema = z
  .object({ title: cannedTitle.optional(), body: cannedBody.optional() })
  .refine((v) => v.title !== undefined || v.body !== undefined, { error: "Send a new title or body." });
export type CannedReplyInput = z.input<typeof cannedReplySchema>;
