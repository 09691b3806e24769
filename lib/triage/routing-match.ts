import { TRIAGE_CATEGORY_LABELS, type TriageCategory } from "./classifier/categories";

/**
 * Which team a new feedback item goes to: pure matching of routing rules, shared by intake (through
 * lib/triage/routing.ts), the admin form's validation and its plain-words description of a rule.
 */

export type RoutingConditions = {
  apiId: string | null;
  /** Normalized "<METHOD or *> <path glob>", e.g. "POST /orders*". */
  operationPattern: string | null;
  category: TriageCategory | null;
  keyword: string | null;
};

export type RoutingRuleForMatch = RoutingConditions & { id: string; teamId: string; enabled: boolean; position: number };

/** What intake knows about a new item. `method`/`path` are the operation's, when the item names one. */
export type RoutableItem = {
  apiId: string | null;
  method?: string | null;
  path?: string | null;
  category?: TriageCategory | null;
  title: string;
  body: string;
};

export type RoutingDecision = { teamId: string; ruleId: string | null };

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"] as const;
export const OPERATION_PATTERN_MAX = 200;
export const KEYWORD_MAX = 100;

// Path characters an OpenAPI path template uses ({petId}, /v1/orders.json, ~user, :action), plus the `*` wildcard.
const PATH_GLOB = /^[A-Za-z0-9\-._~/{}*:@%+,=!$]+$/;

export type PatternCheck = { ok: true; pattern: string } | { ok: false; message: string };

/**
 * "post   /orders*" → "POST /orders*"; "/admin/*" → "* /admin/*" (any method). Refuses what could not
 * be an operation: unknown methods, paths that do not start with "/" or "*", spaces or quotes in the path.
 */
export function normalizeOperationPattern(raw: string): PatternCheck {
  const text = raw.trim().replace(/\s+/g, " ");
  if (!text) return { ok: false, message: "Give a pattern such as POST /orders* or * /admin/*." };
  if (text.length > OPERATION_PATTERN_MAX) return { ok: false, message: `The operation pattern can be at most ${OPERATION_PATTERN_MAX} characters.` };
  const parts = text.split(" ");
  if (parts.length > 2) return { ok: false, message: "Write the pattern as a method and a path, e.g. POST /orders*; the path cannot contain spaces." };
  const [method, path] = parts.length === 2 ? [parts[0]!.toUpperCase(), parts[1]!] : ["*", parts[0]!];
  if (method !== "*" && !(HTTP_METHODS as readonly string[]).includes(method)) {
    return { ok: false, message: `Unknown HTTP method "${method}". Use ${HTTP_METHODS.join(", ")} or * for any.` };
  }
  if (!path.startsWith("/") && !path.startsWith("*")) return { ok: false, message: "The path must start with / (or * for any path), e.g. /orders*." };
  if (!PATH_GLOB.test(path)) return { ok: false, message: "The path may contain letters, digits, / - . _ ~ { } : @ and * only." };
  return { ok: true, pattern: `${method} ${path}` };
}

export function checkKeyword(raw: string): { ok: true; keyword: string } | { ok: false; message: string } {
  const keyword = raw.trim().replace(/\s+/g, " ");
  if (!keyword) return { ok: false, message: "Give a word or phrase to look for." };
  if (keyword.length > KEYWORD_MAX) return { ok: false, message: `The keyword can be at most ${KEYWORD_MAX} characters.` };
  if (!/[\p{L}\p{N}]/u.test(keyword)) return { ok: false, message: "The keyword needs at least one letter or digit." };
  return { ok: true, keyword };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Compiled once per distinct pattern or keyword: intake matches every new item against every rule.
const compiled = new Map<string, RegExp>();
function memo(key: string, build: () => RegExp): RegExp {
  let regex = compiled.get(key);
  if (!regex) {
    if (compiled.size > 1000) compiled.clear();
    regex = build();
    compiled.set(key, regex);
  }
  return regex;
}

const globRegExp = (glob: string, flags: string) => new RegExp(`^${glob.split("*").map(escapeRegExp).join(".*")}$`, flags);

/** The method is compared case-insensitively, the path as written (HTTP paths are case-sensitive). */
function operationMatches(pattern: string, method: string | null | undefined, path: string | null | undefined): boolean {
  if (!method || !path) return false;
  const [methodGlob = "*", pathGlob = "*"] = pattern.split(" ");
  const methodOk = memo(`m:${methodGlob}`, () => globRegExp(methodGlob, "i")).test(method.trim());
  return methodOk && memo(`p:${pathGlob}`, () => globRegExp(pathGlob, "")).test(path.trim());
}

/** A whole word or phrase, case-insensitively: "refund" matches "Refund failed" but not "refunded". */
function keywordMatches(keyword: string, text: string): boolean {
  const regex = memo(`k:${keyword.toLowerCase()}`, () => {
    const phrase = keyword.trim().split(/\s+/).map(escapeRegExp).join("\\s+");
    return new RegExp(`(?<![\\p{L}\\p{N}_])${phrase}(?![\\p{L}\\p{N}_])`, "iu");
  });
  return regex.test(text);
}

export function hasCondition(rule: RoutingConditions): boolean {
  return Boolean(rule.apiId || rule.operationPattern || rule.category || rule.keyword);
}

/** True when every condition the rule sets holds for the item. A rule without conditions matches nothing. */
export function matchRule(rule: RoutingConditions, item: RoutableItem): boolean {
  if (!hasCondition(rule)) return false;
  if (rule.apiId && rule.apiId !== item.apiId) return false;
  if (rule.category && rule.category !== item.category) return false;
  if (rule.operationPattern && !operationMatches(rule.operationPattern, item.method, item.path)) return false;
  if (rule.keyword && !keywordMatches(rule.keyword, item.title) && !keywordMatches(rule.keyword, item.body)) return false;
  return true;
}

/** The first enabled rule in position order whose conditions hold decides; otherwise the default team. */
export function pickTeam(rules: readonly RoutingRuleForMatch[], item: RoutableItem, defaultTeamId: string): RoutingDecision {
  const ordered = [...rules].sort((a, b) => a.position - b.position);
  const rule = ordered.find((r) => r.enabled && matchRule(r, item));
  return rule ? { teamId: rule.teamId, ruleId: rule.id } : { teamId: defaultTeamId, ruleId: null };
}

/** A rule's conditions in words, for the admin table: ["the API is Petstore", "the category is Bug"]. */
export function describeConditions(rule: RoutingConditions, apiName: string | null): string[] {
  const words: string[] = [];
  if (rule.apiId) words.push(`the API is ${apiName ?? "a deleted API"}`);
  if (rule.operationPattern) {
    const [method, path] = rule.operationPattern.split(" ");
    words.push(method === "*" ? `the operation path matches ${path}` : `the operation matches ${rule.operationPattern}`);
  }
  if (rule.category) words.push(`the category is ${TRIAGE_CATEGORY_LABELS[rule.category]}`);
  if (rule.keyword) words.push(`the title or text mentions “${rule.keyword}”`);
  return words;
}
