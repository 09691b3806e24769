import { z } from "zod";
import type { FeedbackKind } from "../generated/prisma/enums";
import { TRIAGE_CATEGORIES } from "./classifier/categories";
import { PRIORITIES } from "./priority";
import { STATUSES } from "./transitions";

// The triage queue's filters and sort, as they appear in its address (/admin/triage?status=open&sort=sla).
// The same string is what saved views store and what the overview's figures link to.

export const FEEDBACK_KINDS = ["report", "rating", "thread"] as const satisfies readonly FeedbackKind[];
export const TRIAGE_STATUSES = STATUSES;
export const OPEN_STATUSES = ["new", "triaged", "in_progress", "waiting_on_reporter"] as const satisfies readonly (typeof STATUSES)[number][];
const CATEGORIES = TRIAGE_CATEGORIES;
/** What the queue shows with no filters in its address: everything someone still has to act on. */
export const DEFAULT_QUEUE_QUERY = "status=open";

export const QUEUE_SORTS = ["sla", "priority", "newest", "oldest", "updated", "affected"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** "a,b" → ["a","b"]; every value must be one of `values`. "open" expands to the open statuses. */
function listOf<const T extends string>(values: readonly T[], name: string) {
  return z
    .string()
    .transform((raw) => raw.split(",").map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values, { error: `Unknown ${name}. Use one of: ${values.join(", ")}.` })).max(values.length * 2))
    .optional();
}

const flag = z
  .enum(["1", "true", "0", "false"], { error: "Use 1 or 0." })
  .transform((v) => v === "1" || v === "true")
  .optional();

export const queueQuerySchema = z.object({
  kind: listOf(FEEDBACK_KINDS, "kind"),
  status: z
    .string()
    .transform((raw) => raw.split(",").flatMap((v) => (v.trim() === "open" ? [...OPEN_STATUSES] : [v.trim()])).filter(Boolean))
    .pipe(z.array(z.enum(TRIAGE_STATUSES, { error: `Unknown status. Use open or one of: ${TRIAGE_STATUSES.join(", ")}.` })).max(20))
    .optional(),
  priority: z
    .string()
    .transform((raw) => raw.split(",").map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum([...PRIORITIES, "none"], { error: `Unknown priority. Use none or one of: ${PRIORITIES.join(", ")}.` })).max(10))
    .optional(),
  category: z
    .string()
    .transform((raw) => raw.split(",").map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum([...CATEGORIES, "none"], { error: `Unknown category. Use none or one of: ${CATEGORIES.join(", ")}.` })).max(16))
    .optional(),
  /** API slug. */
  api: z.string().trim().min(1).max(200).optional(),
  /** Operation slug (with or without api). */
  operation: z.string().trim().min(1).max(300).optional(),
  /** A user id, "me", or "none" (unassigned). */
  assignee: z.string().trim().min(1).max(100).optional(),
  /** A team slug, or "none". */
  team: z.string().trim().min(1).max(100).optional(),
  label: z.string().trim().min(1).max(60).optional(),
  /** Only items whose SLA is breached (a recorded breach, or a running clock past its deadline). */
  breached: flag,
  /** Only items whose running clock is within the at-risk fraction of its target, not yet breached. */
  atRisk: flag,
  /** Only items filed during a hypercare window. */
  hypercare: flag,
  /** Full-text search over title and text; "T-123" or "#123" finds the item or report by number. */
  q: z.string().trim().max(200, "Search at most 200 characters.").optional(),
  sort: z.enum(QUEUE_SORTS, { error: `Sort by one of: ${QUEUE_SORTS.join(", ")}.` }).default("sla"),
  /** Opaque keyset cursor from the previous page. */
  after: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type QueueQuery = z.output<typeof queueQuerySchema>;

/** Reads the query from an address's search parameters; empty values count as absent. */
export function queueQueryInput(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v] as const);
  const input: Record<string, string> = {};
  for (const [key, value] of entries) if (typeof value === "string" && value.trim() !== "") input[key] = value;
  return input;
}

/** The address form of a query (no cursor), for links, saved views and CSV export. */
export function queueQueryString(query: Partial<Record<keyof QueueQuery, unknown>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === "after" || key === "limit" || value === undefined || value === null || value === false) continue;
    if (key === "sort" && value === "sla") continue;
    params.set(key, Array.isArray(value) ? value.join(",") : value === true ? "1" : String(value));
  }
  return params.toString();
}
