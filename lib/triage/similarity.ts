/**
 * Duplicate scoring: how likely a new feedback item repeats an existing one. Same operation counts
 * most, then same API, the wording (TF-IDF cosine of title and body), and the concrete clues API
 * reports carry: HTTP statuses, error codes and request paths. Pure: no database, no framework.
 */
import { cosine, TfIdfVectorizer, type SparseVector, type TfIdfOptions } from "./classifier/tfidf";

export { cosine, type SparseVector };

// Short texts in small pools: keep rare words (minDf 1), drop stopwords so "the"/"is" overlaps
// do not look like shared content, and stem so "timeouts" meets "timed out".
const SIMILARITY_TFIDF: TfIdfOptions = { stopwords: "english", stem: true, ngramMax: 2, minDf: 1, maxDfRatio: 1, sublinearTf: true };

export type TfIdfIndex = { vectors: SparseVector[]; vectorize(text: string): SparseVector };

/** TF-IDF vectors of a pool of texts, and a way to put a new text in the same space. */
export function buildTfIdf(docs: readonly string[]): TfIdfIndex {
  const vectorizer = TfIdfVectorizer.fit(docs, SIMILARITY_TFIDF);
  return { vectors: docs.map((doc) => vectorizer.transform(doc)), vectorize: (text) => vectorizer.transform(text) };
}

export type Signals = { statuses: string[]; errorCodes: string[]; paths: string[] };

const HTTP_STATUSES = new Set([
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307, 308,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451,
  500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
]);
// "200 ms", "500 items", "100 %" are amounts, not statuses.
const STATUS = /(?<![\w./$€£-])([1-5]\d\d)(?![\w/.%-]|\s*%|\s*(?:ms|s|sec|secs|seconds?|minutes?|hours?|days?|kb|mb|gb|items?|users?|requests?|req|rows?|records?|orders?|products?|apps?|times|characters?|chars|bytes|px|calls?|customers?|lines?|invoices?|pages?)\b)/gi;
// ERR_RATE_LIMIT, E1042, and snake_case codes where a report names them ("fails with invalid_grant").
const UPPER_CODE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\bE\d{3,5}\b/g;
const SNAKE_CODE_IN_CONTEXT =
  /(?:\b(?:error|code|with|returns?|gives?|gets?|getting|got|throws?|reason|answers?)|\b[45]\d\d|["'`:=])\s*["'`]?([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\b/gi;
// A path after a space, quote or bracket, or the path part of a URL.
const PATH = /(?:https?:\/\/[^\s/]+|(?<=^|[\s("'`]))(\/[\w.~{}:-]+(?:\/[\w.~{}:-]+)*)\/?/g;

/** The HTTP statuses, error codes and request paths a report mentions (ids in paths as {id}). */
export function extractSignals(text: string): Signals {
  const statuses = new Set<string>();
  for (const match of text.matchAll(STATUS)) if (HTTP_STATUSES.has(Number(match[1]))) statuses.add(match[1]!);
  // Codes keep their spelling for display; the key makes ERR_TIMEOUT and err_timeout one code.
  const errorCodes = new Map<string, string>();
  for (const match of text.matchAll(UPPER_CODE)) if (!/^HTTP_?\d+$/.test(match[0])) errorCodes.set(match[0].toLowerCase(), match[0]);
  for (const match of text.matchAll(SNAKE_CODE_IN_CONTEXT)) if (!errorCodes.has(match[1]!.toLowerCase())) errorCodes.set(match[1]!.toLowerCase(), match[1]!);
  const paths = new Set<string>();
  for (const match of text.matchAll(PATH)) {
    const path = normalisePath(match[1]!);
    if (path) paths.add(path);
  }
  return { statuses: [...statuses], errorCodes: [...errorCodes.values()], paths: [...paths] };
}

/**
 * `/v1/orders/123?x=1` → `/v1/orders/{id}`: numbers, UUIDs, long hex strings, prefixed ids
 * (ord_8f3k2) and template parameters ({orderId}, :id) all become {id}.
 */
export function normalisePath(raw: string): string | undefined {
  const segments = raw.replace(/[?#].*$/, "").split("/").filter(Boolean);
  if (!segments.some((segment) => /[a-z]{2}/i.test(segment))) return undefined;
  return "/" + segments.map((segment) => (isIdSegment(segment) ? "{id}" : segment.toLowerCase())).join("/");
}

function isIdSegment(segment: string): boolean {
  return (
    /^\{[^}]*\}$/.test(segment) ||
    /^:\w+$/.test(segment) ||
    /^\d+$/.test(segment) ||
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment) ||
    /^[0-9a-f]{12,}$/i.test(segment) ||
    /^[a-z]{2,8}_[A-Za-z0-9]*\d[A-Za-z0-9]*$/.test(segment)
  );
}

/** The same resource across versions: /v1/orders/{id} and /v2/orders/{id} and /orders/{id}. */
function withoutVersion(path: string): string {
  return path.replace(/^\/v\d+(?:\.\d+)?(?=\/)/i, "");
}

export type DuplicateSubject = {
  title: string;
  body?: string | null;
  apiId?: string | null;
  operationId?: string | null;
  /** The item's TF-IDF vector from buildTfIdf over the pool being compared; when absent, both texts are vectorised together. */
  vector?: SparseVector;
};

export type DuplicateScore = { score: number; reasons: string[] };

const WEIGHTS = { text: 0.4, operation: 0.2, api: 0.1, errorCode: 0.12, status: 0.08, path: 0.1 } as const;
/** Items of two different APIs rarely repeat each other, whatever their wording. */
const OTHER_API_FACTOR = 0.5;

export function subjectText(subject: DuplicateSubject): string {
  return `${subject.title}\n${subject.body ?? ""}`;
}

/** 0..1, with the reasons staff see next to a suggested duplicate. */
export function duplicateScore(candidate: DuplicateSubject, item: DuplicateSubject): DuplicateScore {
  const reasons: string[] = [];
  let score = 0;

  if (candidate.operationId && candidate.operationId === item.operationId) {
    score += WEIGHTS.operation + WEIGHTS.api;
    reasons.push("same operation");
  } else if (candidate.apiId && candidate.apiId === item.apiId) {
    score += WEIGHTS.api;
    reasons.push("same API");
  }

  const [a, b] = candidate.vector && item.vector ? [candidate.vector, item.vector] : buildTfIdf([subjectText(candidate), subjectText(item)]).vectors;
  const similarity = cosine(a!, b!);
  score += WEIGHTS.text * similarity;
  if (similarity >= 0.2) reasons.push(`text ${Math.round(similarity * 100)} % similar`);

  const mine = extractSignals(subjectText(candidate));
  const theirs = extractSignals(subjectText(item));
  const theirCodes = new Set(theirs.errorCodes.map((code) => code.toLowerCase()));
  const sharedCodes = mine.errorCodes.filter((code) => theirCodes.has(code.toLowerCase()));
  if (sharedCodes.length) {
    score += WEIGHTS.errorCode;
    reasons.push(`both mention ${sharedCodes.join(", ")}`);
  }
  const sharedStatuses = mine.statuses.filter((status) => theirs.statuses.includes(status));
  if (sharedStatuses.length) {
    score += WEIGHTS.status;
    reasons.push(`both mention HTTP ${sharedStatuses.join(", ")}`);
  }
  const theirPaths = new Set(theirs.paths.map(withoutVersion));
  const sharedPath = mine.paths.find((path) => theirPaths.has(withoutVersion(path)));
  if (sharedPath) {
    score += WEIGHTS.path;
    reasons.push(`same path ${sharedPath}`);
  }

  if (candidate.apiId && item.apiId && candidate.apiId !== item.apiId) score *= OTHER_API_FACTOR;
  return { score: Math.min(1, Math.round(score * 1000) / 1000), reasons };
}
