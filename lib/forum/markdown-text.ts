// Plain-text helpers for forum Markdown: counting links (abuse limits), excerpts (lists and
// search results, shown as text, never as HTML) and comparing posts for duplicates.

import { truncateText } from "../http/unstorable-text";

// Absolute URLs, GFM's "www." autolinks and mailto: links; relative links point into the portal.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"'`]+|\bmailto:[^\s<>()[\]"'`]+/gi;

/** The number of distinct link targets in a post. */
export function countLinks(markdown: string): number {
  const targets = new Set<string>();
  for (const match of markdown.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:!?*_~]+$/, "").toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/$/, "");
    if (url) targets.add(url);
  }
  return targets.size;
}

/** Markdown reduced to its words, for an excerpt shown as plain text. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?(```|$)/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]*>/g, " ")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/[`*_~|]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function excerpt(markdown: string, length = 200): string {
  const text = plainText(markdown);
  if (text.length <= length) return text;
  const cut = truncateText(text, length);
  const space = cut.lastIndexOf(" ");
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Two posts are "the same" when only whitespace and letter case differ. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();
  return norm(a) === norm(b);
}
