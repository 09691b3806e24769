/** Words of a text as the search vocabulary keeps them: lowercase letters and digits, 3 to 40 long. */
export function vocabularyWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]{3,40}/g) ?? [];
}

/** The words of a query, in order, without repeats; at most eight are used. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().match(/[a-z0-9]+/g) ?? [])].slice(0, 8);
}

/**
 * A to_tsquery() expression from groups of alternative words: each group is one word of the
 * query with its corrections, "(acount | account | accounts) & (call | calls)". `mode` "any"
 * joins the groups with | instead, for queries whose words are not all in one operation.
 * The words are [a-z0-9] only, so they need no escaping.
 */
export function alternativesQuery(groups: string[][], mode: "all" | "any"): string {
  return groups
    .filter((g) => g.length > 0)
    .map((g) => `(${[...new Set(g)].join(" | ")})`)
    .join(mode === "all" ? " & " : " | ");
}
