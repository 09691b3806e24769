import { threadListSchema, type ThreadListFilter } from "@/lib/forum/schemas";

type SearchParams = Record<string, string | string[] | undefined>;

/** A page's search params as list filters; filters that do not parse are dropped (and reported). */
export function listParams(params: SearchParams): { filter: ThreadListFilter; dropped: boolean; q: string } {
  let raw: Record<string, string> = Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  const q = (raw.q ?? "").trim().slice(0, 200);
  // Cross-field rules only run once each field parses: drop bad fields until what is left parses.
  for (let pass = 0; pass < 3; pass++) {
    const parsed = threadListSchema.safeParse(raw);
    if (parsed.success) return { filter: parsed.data, dropped: pass > 0, q };
    const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    raw = Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k)));
  }
  return { filter: threadListSchema.parse({}), dropped: true, q };
}
