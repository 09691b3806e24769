/**
 * Turns feedback text into the terms the classifier and the duplicate finder count.
 * Lower-cased words and numbers; identifiers such as `oauth2`, `429` and `invalid_grant` stay whole
 * because they are often the most telling part of an API report. A question mark is kept as its
 * own term: it is one of the best hints that a report is a question.
 *
 * Stopword removal is off for classification: on both benchmarks (docs/benchmarks.md) it lowered
 * macro-F1, since words like "how", "should" and "never" separate the categories. The duplicate
 * finder uses it, so that shared filler words do not make two texts look alike.
 */
import { stemmer } from "stemmer";
import { eng as englishStopwords } from "stopword";

export type StopwordMode = "none" | "english";

export type TokenizerOptions = {
  stopwords: StopwordMode;
  /** 1 = single words; 2 adds pairs of neighbouring words; 3 adds triples. */
  ngramMax: 1 | 2 | 3;
  /** Porter stems ("timeouts" → "timeout", "leaked" → "leak"), so small corpora generalise better. */
  stem: boolean;
};

export const DEFAULT_TOKENIZER_OPTIONS: TokenizerOptions = { stopwords: "none", ngramMax: 2, stem: true };

const STOPWORDS: Record<StopwordMode, ReadonlySet<string>> = { none: new Set(), english: new Set(englishStopwords) };

// Letters or digits, joined by inner underscores or apostrophes (invalid_grant, don't); or "?".
const TOKEN = /[\p{L}\p{N}]+(?:[_'’][\p{L}\p{N}]+)*|\?/gu;
// Longer tokens are hashes, base64 blobs and ids: noise for a classifier.
const MAX_TOKEN_LENGTH = 30;

/** The words of a text: lower-cased, stemmed and without stopwords when the options say so. */
export function tokenize(text: string, { stopwords, stem }: Pick<TokenizerOptions, "stopwords" | "stem"> = DEFAULT_TOKENIZER_OPTIONS): string[] {
  const drop = STOPWORDS[stopwords];
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(TOKEN)) {
    const word = match[0].replace(/['’]/g, "");
    if (word.length < 2 && word !== "?") continue;
    if (word.length > MAX_TOKEN_LENGTH || drop.has(word)) continue;
    // Only plain words are stemmed: identifiers such as invalid_grant or oauth2 stay as written.
    words.push(stem && /^[a-z]+$/.test(word) ? stemOf(word) : word);
  }
  return words;
}

// Stemming is the slowest step and texts repeat the same words, so stems are remembered; the
// cache is emptied when full so a long-running process does not grow without bound.
const STEM_CACHE_LIMIT = 50_000;
const stems = new Map<string, string>();

function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stem = stemmer(word);
    stems.set(word, stem);
  }
  return stem;
}

/** The terms of a text: its words, plus neighbouring pairs (and triples) joined by a space. */
export function terms(text: string, options: TokenizerOptions = DEFAULT_TOKENIZER_OPTIONS): string[] {
  const words = tokenize(text, options);
  const result = [...words];
  for (let n = 2; n <= options.ngramMax; n++) {
    for (let i = 0; i + n <= words.length; i++) result.push(words.slice(i, i + n).join(" "));
  }
  return result;
}
