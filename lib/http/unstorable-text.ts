/**
 * PostgreSQL text cannot hold U+0000 or a lone UTF-16 surrogate ("\ud800"). Input carrying them
 * is refused at the door (JSON APIs) or treated as matching nothing (page addresses).
 */
export function hasUnstorableText(value: unknown, depth = 0): boolean {
  const bad = (s: string) => s.includes("\u0000") || !s.isWellFormed();
  if (typeof value === "string") return bad(value);
  if (depth > 64 || value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([key, v]) => bad(key) || hasUnstorableText(v, depth + 1));
}

/** Whether a database error came from such text reaching a query (e.g. a page address with %00). */
export function isUnstorableTextError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : "";
  return /invalid byte sequence for encoding|unexpected end of hex escape|unsupported Unicode escape sequence|lone leading surrogate/i.test(message);
}

/** A search query with such text blanked out (it matches nothing anyway), trimmed to `max`. */
export function searchableText(query: string, max: number): string {
  return query.replace(/\u0000/g, " ").toWellFormed().trim().slice(0, max);
}

/**
 * The first `max` UTF-16 units of `text`, one fewer when the cut would fall inside a surrogate
 * pair (an emoji): the half left behind is a lone surrogate, which the database refuses.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
