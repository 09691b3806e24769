/**
 * Does a visitor's comment link anywhere? Visitors (no account) may not post links: refused are
 * URLs with a scheme, `www.` addresses, Markdown and HTML links, e-mail addresses, IP addresses
 * and bare domains on the top-level domains spammers use. File names that merely look like
 * domains ("Node.js", "README.md", "openapi.yaml", "main.py") are not links.
 */

// Top-level domains common in links, spam and URL shorteners. Country codes that are also file
// extensions developers write every day (.md, .py, .rs, .sh, .pl, .ps, .am) are left out.
const TLDS = [
  "com", "net", "org", "info", "biz", "io", "co", "ai", "app", "dev", "me", "ly", "gg", "xyz", "top", "site", "online", "store",
  "shop", "link", "click", "club", "live", "life", "world", "today", "space", "website", "tech", "cloud", "page", "blog", "news",
  "pro", "vip", "win", "bid", "loan", "work", "icu", "buzz", "fun", "monster", "rest", "cam", "cc", "tv", "ws", "tk", "ml", "ga",
  "cf", "gq", "ru", "su", "cn", "uk", "us", "de", "fr", "nl", "eu", "in", "br", "jp", "kr", "it", "es", "ca", "au", "ch", "se",
  "no", "pw", "bit", "to", "gl", "gov", "edu", "mil", "int", "onion",
];

const PATTERNS: RegExp[] = [
  /[a-z][a-z0-9+.-]*:\/\//i, // https://, ftp://, custom schemes
  /\b(?:javascript|vbscript):/i,
  /\bmailto:\S/i,
  /\bdata:[a-z]+\/[a-z0-9.+-]+[;,]/i, // data:text/html;base64,…
  /\b(?:tel|sms):\+?\d/i,
  /\bfile:\//i,
  /\bwww\d?\./i,
  /\[[^\]]*\]\s*\([^)]*\)/, // [text](target)
  /^\s*\[[^\]]+\]:\s*\S/m, // [ref]: target
  /<\s*a[\s>]/i, // <a href=…>
  /<[a-z][a-z0-9+.-]*:[^<>\s]*>/i, // <https://…> autolinks
  /<[^<>\s@]+@[^<>\s]+>/, // <me@host>
  /[^\s@]+@[^\s@]+\.[a-z]{2,}/i, // e-mail addresses
  /\b\d{1,3}(?:\.\d{1,3}){3}\b/, // IPv4 addresses
  /\b[a-z0-9-]{2,}(?:\s+\.\s*|\.\s+|\s+dot\s+)(?:com|net|org|io|ru|xyz|info|biz)\b/i, // "example . com", "example dot com"
  new RegExp(`(?:^|[^a-z0-9.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLDS.join("|")})(?![a-z0-9-])`, "i"),
];

/** Undoes the usual disguises: full-width and other compatibility forms, zero-width characters, "[.]" and "(dot)". */
function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, "")
    .replace(/\s*(?:\[\s*(?:\.|dot)\s*\]|\(\s*(?:\.|dot)\s*\)|\{\s*(?:\.|dot)\s*\})\s*/gi, ".")
    .replace(/[\u3002\uff0e\uff61]/g, ".");
}

export function containsLink(text: string): boolean {
  const normalized = normalize(text);
  return PATTERNS.some((pattern) => pattern.test(normalized));
}

export const VISITOR_LINK_MESSAGE = "Comments from visitors cannot contain links or web addresses. Remove the address, or sign in to comment.";
