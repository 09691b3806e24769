import { describe, expect, it } from "vitest";
import { score, stratifiedFolds, stratifiedHalves } from "./evaluation";

describe("score", () => {
  it("computes accuracy and the unweighted mean of per-class F1", () => {
    const result = score(["bug", "bug", "question", "question"], ["bug", "question", "question", "question"]);
    expect(result.accuracy).toBe(0.75);
    expect(result.perClass.bug!.f1).toBeCloseTo(2 / 3);
    expect(result.perClass.question!.f1).toBeCloseTo(0.8);
    expect(result.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2);
  });
});

describe("stratified splits", () => {
  const items = Array.from({ length: 40 }, (_, i) => ({ id: i, label: i < 30 ? "bug" : "question" }));

  it("halves keep each label's share and are the same for the same seed", () => {
    const { train, test } = stratifiedHalves(items, (item) => item.label, 7);
    expect(train.filter((item) => item.label === "bug")).toHaveLength(15);
    expect(test.filter((item) => item.label === "question")).toHaveLength(5);
    expect(new Set([...train, ...test].map((item) => item.id)).size).toBe(40);
    expect(stratifiedHalves(items, (item) => item.label, 7).train).toEqual(train);
    expect(stratifiedHalves(items, (item) => item.label, 8).train).not.toEqual(train);
  });

  it("folds cover every item once with labels spread evenly", () => {
    const folds = stratifiedFolds(items, (item) => item.label, 5, 1);
    expect(folds.flat().map((item) => item.id).sort((a, b) => a - b)).toEqual(items.map((item) => item.id));
    for (const fold of folds) expect(fold.filter((item) => item.label === "question")).toHaveLength(2);
  });
});
