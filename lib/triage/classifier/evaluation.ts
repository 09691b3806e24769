/**
 * Measuring a classifier: stratified splits and folds, accuracy and macro-F1 (the NLBSE ranking
 * metric: the plain mean of the per-class F1 scores).
 */
import { seededRandom, shuffled } from "./random";

export type ClassScores = { precision: number; recall: number; f1: number; support: number };

export type Scores = { accuracy: number; macroF1: number; perClass: Record<string, ClassScores> };

export function score(expected: readonly string[], predicted: readonly string[]): Scores {
  if (expected.length !== predicted.length) throw new Error("expected and predicted differ in length");
  const classes = [...new Set(expected)].sort();
  const perClass: Record<string, ClassScores> = {};
  for (const label of classes) {
    let truePositives = 0;
    let predictedCount = 0;
    let support = 0;
    expected.forEach((actual, i) => {
      if (predicted[i] === label) predictedCount++;
      if (actual === label) support++;
      if (actual === label && predicted[i] === label) truePositives++;
    });
    const precision = predictedCount ? truePositives / predictedCount : 0;
    const recall = support ? truePositives / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[label] = { precision, recall, f1, support };
  }
  const correct = expected.filter((actual, i) => predicted[i] === actual).length;
  const macroF1 = classes.reduce((sum, label) => sum + perClass[label]!.f1, 0) / (classes.length || 1);
  return { accuracy: expected.length ? correct / expected.length : 0, macroF1, perClass };
}

/** Splits items into k folds with each label spread evenly, reproducibly for a given seed. */
export function stratifiedFolds<T>(items: readonly T[], labelOf: (item: T) => string, k: number, seed: number): T[][] {
  const random = seededRandom(seed);
  const byLabel = groupByLabel(items, labelOf);
  const folds: T[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (const label of [...byLabel.keys()].sort()) {
    for (const item of shuffled(byLabel.get(label)!, random)) folds[next++ % k]!.push(item);
  }
  return folds;
}

/** A stratified two-way split: half of every label in each part. */
export function stratifiedHalves<T>(items: readonly T[], labelOf: (item: T) => string, seed: number): { train: T[]; test: T[] } {
  const random = seededRandom(seed);
  const byLabel = groupByLabel(items, labelOf);
  const train: T[] = [];
  const test: T[] = [];
  for (const label of [...byLabel.keys()].sort()) {
    const group = shuffled(byLabel.get(label)!, random);
    const half = Math.ceil(group.length / 2);
    train.push(...group.slice(0, half));
    test.push(...group.slice(half));
  }
  return { train, test };
}

function groupByLabel<T>(items: readonly T[], labelOf: (item: T) => string): Map<string, T[]> {
  const byLabel = new Map<string, T[]>();
  for (const item of items) {
    const label = labelOf(item);
    const group = byLabel.get(label);
    if (group) group.push(item);
    else byLabel.set(label, [item]);
  }
  return byLabel;
}
