/**
 * The corpus the shipped model is trained on (prisma/demo/classifier/): the project's own API
 * feedback examples plus the mapped PROMISE NFR requirements.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TrainingExample } from "./model";
import { parsePromiseNfr } from "./promise-nfr";
import { parseTrainingFile } from "./training-file";

export const CORPUS_FILES = { ownExamples: "api-feedback.jsonl", promiseNfr: "promise-nfr.csv" } as const;

export function defaultCorpusDirectory(): string {
  return join(process.cwd(), "prisma", "demo", "classifier");
}

export type Corpus = { ownExamples: TrainingExample[]; promiseNfr: TrainingExample[]; sha256: string };

export function readShippedCorpus(directory = defaultCorpusDirectory()): Corpus {
  const own = readFileSync(join(directory, CORPUS_FILES.ownExamples), "utf8");
  const promise = readFileSync(join(directory, CORPUS_FILES.promiseNfr), "utf8");
  let ownExamples: TrainingExample[];
  try {
    ownExamples = parseTrainingFile(own, "jsonl");
  } catch (error) {
    throw new Error(`${CORPUS_FILES.ownExamples}: ${(error as Error).message}`);
  }
  // The hash ties the shipped model file to the corpus it was trained on.
  const sha256 = createHash("sha256").update(own).update("\0").update(promise).digest("hex");
  return { ownExamples, promiseNfr: parsePromiseNfr(promise), sha256 };
}

export function corpusExamples(corpus: Corpus): TrainingExample[] {
  return [...corpus.ownExamples, ...corpus.promiseNfr];
}
