// Words that mark a report as being about a vulnerability. Such a report is always handled as a
// security report, whatever visibility the reporter chose, so it never becomes public by mistake.
const TERMS = [
  /\bvulnerab/i,
  /\bexploit/i,
  /\bsecurity (hole|issue|bug|flaw|problem)/i,
  /\b(xss|csrf|ssrf|xxe|rce|idor|sqli)\b/i,
  /\bcross[- ]site/i,
  /\bsql injection/i,
  /\binjection attack/i,
  /\bremote code execution/i,
  /\bprivilege escalation/i,
  /\bauth(entication|orization)? bypass/i,
  /\b(leaked|exposed) (api )?(key|token|secret|credential|password)s?\b/i,
  /\bdata (leak|exposure|breach)/i,
];

export function looksLikeVulnerability(...texts: (string | undefined)[]): boolean {
  const text = texts.filter(Boolean).join("\n");
  return TERMS.some((term) => term.test(text));
}
