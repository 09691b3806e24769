import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TRIAGE_CATEGORIES } from "./categories";
import { readShippedCorpus } from "./corpus";
import { shippedClassifier } from "./index";
import { SHIPPED_MODEL_FILE } from "./shipped";

// Written for this test, in other words than the shipped corpus.
const OBVIOUS: Record<string, string[]> = {
  bug: [
    "Creating a refund returns HTTP 500 with an internal error every time",
    "The SDK crashes with a null pointer exception when the list is empty",
    "Webhook payload is missing the order id field since yesterday",
  ],
  performance: ["GET /invoices is very slow, each call takes about 9 seconds", "p99 response time of the search endpoint is above 5 seconds"],
  usability: ["The portal navigation is confusing and I cannot find the key settings", "The console is awkward to use on a phone, buttons are too small"],
  feature_request: ["Please add a webhook event for invoice.paid", "We would like an endpoint to export all refunds as CSV"],
  security: ["Our API key was leaked in a public repo, please revoke it", "Any user can read other accounts' invoices by changing the id in the URL"],
  documentation: ["The docs for the refunds API have no example request", "The reference page lists the wrong type for the amount field"],
  question: ["How do I get a list of all my apps through the API?", "Is it possible to use one key for sandbox and production?"],
};

describe("shippedClassifier", () => {
  it("knows all seven categories", async () => {
    expect((await shippedClassifier()).classes).toEqual([...TRIAGE_CATEGORIES]);
  });

  it.each(Object.entries(OBVIOUS).flatMap(([category, texts]) => texts.map((text) => [category, text])))("puts an obvious %s in its category: %s", async (category, text) => {
    const result = await shippedClassifier().then((classifier) => classifier.classify(text));
    expect(result.category).toBe(category);
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it("loads once and is shared", async () => {
    expect(await shippedClassifier()).toBe(await shippedClassifier());
  });

  it("was trained on the corpus as it is now (else run: npm run classify -- --write-shipped-model)", () => {
    const model = JSON.parse(readFileSync(SHIPPED_MODEL_FILE, "utf8")) as { trainedOn: { corpusSha256: string } };
    expect(model.trainedOn.corpusSha256).toBe(readShippedCorpus().sha256);
  });

  it("stays small enough to ship in the repository (< 2 MB)", () => {
    expect(statSync(SHIPPED_MODEL_FILE).size).toBeLessThan(2 * 1024 * 1024);
  });
});
