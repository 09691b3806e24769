import { describe, expect, it } from "vitest";
import { loadClassifier, trainClassifier, type TrainingExample } from "./index";

const EXAMPLES: TrainingExample[] = [
  { text: "POST /orders returns 500 internal error", label: "bug" },
  { text: "the refund endpoint crashes with a 500 error", label: "bug" },
  { text: "wrong total returned, the order amount is broken", label: "bug" },
  { text: "GET /search is slow, latency of 3 seconds", label: "performance" },
  { text: "requests time out, the API is very slow today", label: "performance" },
  { text: "p95 latency doubled and calls are slow", label: "performance" },
  { text: "please add cursor pagination to the events list", label: "feature_request" },
  { text: "please add a webhook for refunds", label: "feature_request" },
  { text: "it would be great to add filtering by date", label: "feature_request" },
  { text: "how do I refresh an OAuth token?", label: "question" },
  { text: "how do I rotate my key?", label: "question" },
  { text: "is it possible to get invoices as PDF?", label: "question" },
];

describe("trainClassifier", () => {
  it("learns the categories of its examples", () => {
    const classifier = trainClassifier(EXAMPLES);
    expect(classifier.classes).toEqual(["bug", "performance", "feature_request", "question"]);
    expect(classifier.classify("how do I list my webhooks?").category).toBe("question");
    expect(classifier.classify("please add a webhook for invoices").category).toBe("feature_request");
    expect(classifier.classify("the payments endpoint is slow, 4 seconds latency").category).toBe("performance");
    expect(classifier.classify("PATCH /orders returns a 500 error").category).toBe("bug");
  });

  it("gives probabilities: one per category, summing to 1, the confidence being the chosen one's", () => {
    const result = trainClassifier(EXAMPLES).classify("how do I refresh a token?");
    const probabilities = Object.values(result.scores);
    expect(probabilities).toHaveLength(4);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(result.confidence).toBe(Math.max(...probabilities));
    expect(result.confidence).toBeGreaterThan(0.25);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it("is deterministic: the same examples give the same model, whatever their order", () => {
    const first = JSON.stringify(trainClassifier(EXAMPLES).toJSON());
    expect(JSON.stringify(trainClassifier(EXAMPLES).toJSON())).toBe(first);
    expect(JSON.stringify(trainClassifier([...EXAMPLES].reverse()).toJSON())).toBe(first);
  });

  it("also trains complement naive Bayes", () => {
    const classifier = trainClassifier(EXAMPLES, { algorithm: "complement-nb" });
    expect(classifier.algorithm).toBe("complement-nb");
    expect(classifier.classify("please add a webhook for invoices").category).toBe("feature_request");
  });

  it("refuses to train on nothing", () => {
    expect(() => trainClassifier([])).toThrow(/no examples/);
  });
});

describe("toJSON / loadClassifier", () => {
  it("round-trips through JSON text with the same predictions", () => {
    const trained = trainClassifier(EXAMPLES);
    const loaded = loadClassifier(JSON.stringify(trained.toJSON()));
    for (const text of ["how do I page through orders?", "the API is slow", "add a bulk endpoint", "500 on POST /refunds", ""]) {
      const before = trained.classify(text);
      const after = loaded.classify(text);
      expect(after.category).toBe(before.category);
      expect(after.confidence).toBeCloseTo(before.confidence, 3);
    }
    expect(loaded.toJSON()).toEqual(trained.toJSON());
  });

  it("rejects JSON that is not a classifier model", () => {
    expect(() => loadClassifier({ format: "something-else" } as never)).toThrow(/Not a hypercare-triage-classifier/);
    const json = trainClassifier(EXAMPLES).toJSON();
    expect(() => loadClassifier({ ...json, classes: ["bug", "nonsense"] } as never)).toThrow(/unknown category/);
    expect(() => loadClassifier({ ...json, weights: json.weights.slice(1) })).toThrow(/do not match/);
  });
});
