/**
 * TF-IDF features: each text becomes a sparse, L2-normalised vector over a vocabulary learnt from
 * the training texts. Shared by the classifier and the duplicate finder.
 */
import { DEFAULT_TOKENIZER_OPTIONS, terms, type TokenizerOptions } from "./tokenizer";

/** Indices ascending; values L2-normalised (an empty text gives an empty vector). */
export type SparseVector = { indices: Int32Array; values: Float64Array };

export type TfIdfOptions = TokenizerOptions & {
  /** A term must appear in at least this many training texts to be counted. */
  minDf: number;
  /** A term in more than this share of the training texts carries no information and is dropped. */
  maxDfRatio: number;
  /** 1 + ln(tf) instead of tf, so a word repeated ten times does not weigh ten times as much. */
  sublinearTf: boolean;
};

export const DEFAULT_TFIDF_OPTIONS: TfIdfOptions = { ...DEFAULT_TOKENIZER_OPTIONS, minDf: 2, maxDfRatio: 0.9, sublinearTf: true };

export type TfIdfJson = { options: TfIdfOptions; terms: string[]; idf: number[] };

export class TfIdfVectorizer {
  private constructor(
    readonly options: TfIdfOptions,
    private readonly vocabulary: Map<string, number>,
    private readonly idf: Float64Array,
  ) {}

  /** Learns the vocabulary and the inverse document frequencies from the training texts. */
  static fit(texts: readonly string[], options: TfIdfOptions = DEFAULT_TFIDF_OPTIONS): TfIdfVectorizer {
    const documentFrequency = new Map<string, number>();
    for (const text of texts) {
      for (const term of new Set(terms(text, options))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
    const maxDf = options.maxDfRatio * texts.length;
    const kept = [...documentFrequency].filter(([, df]) => df >= options.minDf && (df <= maxDf || texts.length < 2));
    // Sorted terms make the model file independent of the order of the training texts.
    kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const vocabulary = new Map(kept.map(([term], index) => [term, index]));
    const idf = Float64Array.from(kept, ([, df]) => Math.log((1 + texts.length) / (1 + df)) + 1);
    return new TfIdfVectorizer(options, vocabulary, idf);
  }

  static fromJSON(json: TfIdfJson): TfIdfVectorizer {
    if (json.terms.length !== json.idf.length) throw new Error("TF-IDF model: terms and idf differ in length");
    return new TfIdfVectorizer(json.options, new Map(json.terms.map((term, index) => [term, index])), Float64Array.from(json.idf));
  }

  get size(): number {
    return this.idf.length;
  }

  transform(text: string): SparseVector {
    const counts = new Map<number, number>();
    for (const term of terms(text, this.options)) {
      const index = this.vocabulary.get(term);
      if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    const indices = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    const values = new Float64Array(indices.length);
    let norm = 0;
    indices.forEach((index, i) => {
      const tf = counts.get(index)!;
      const weight = (this.options.sublinearTf ? 1 + Math.log(tf) : tf) * this.idf[index]!;
      values[i] = weight;
      norm += weight * weight;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < values.length; i++) values[i]! /= norm;
    return { indices, values };
  }

  toJSON(): TfIdfJson {
    return { options: this.options, terms: [...this.vocabulary.keys()], idf: Array.from(this.idf, (v) => round(v, 5)) };
  }
}

/** Cosine of two normalised sparse vectors (their dot product), 0 when either is empty. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.indices.length && j < b.indices.length) {
    const ai = a.indices[i]!;
    const bj = b.indices[j]!;
    if (ai === bj) dot += a.values[i++]! * b.values[j++]!;
    else if (ai < bj) i++;
    else j++;
  }
  return Math.min(1, Math.max(0, dot));
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
