import { describe, expect, it } from "vitest";
import { TRIAGE_CATEGORIES } from "./categories";
import { readShippedCorpus } from "./corpus";
import { parsePromiseNfr } from "./promise-nfr";

describe("readShippedCorpus", () => {
  const corpus = readShippedCorpus();

  it("has at least 40 of the project's own examples per category", () => {
    for (const category of TRIAGE_CATEGORIES) {
      expect(corpus.ownExamples.filter((example) => example.label === category).length, category).toBeGreaterThanOrEqual(40);
    }
  });

  it("holds no example twice", () => {
    const texts = corpus.ownExamples.map((example) => example.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("reads the mapped PROMISE NFR requirements", () => {
    const counts = Object.fromEntries(TRIAGE_CATEGORIES.map((category) => [category, corpus.promiseNfr.filter((e) => e.label === category).length]));
    // F 255; PE 54 + SC 21; SE 66; US 67 + LF 38 (the file's own class counts).
    expect(counts).toEqual({ bug: 0, performance: 75, usability: 105, feature_request: 255, security: 66, documentation: 0, question: 0 });
  });
});

describe("parsePromiseNfr", () => {
  it("reads quoted and unquoted lines, unescapes \\%, maps classes and drops unmapped ones", () => {
    const csv = [
      "ProjectID,RequirementText,class",
      "1,'The system shall refresh the display every 60 seconds.',PE",
      "3,Only authorized users shall have access to students’ personal information.',SE\r",
      "1,' The product shall be available 99\\% of the time.',A",
      "2,'The product shall be easy for a realtor to learn.',US",
    ].join("\n");
    expect(parsePromiseNfr(csv)).toEqual([
      { text: "The system shall refresh the display every 60 seconds.", label: "performance" },
      { text: "Only authorized users shall have access to students’ personal information.", label: "security" },
      { text: "The product shall be easy for a realtor to learn.", label: "usability" },
    ]);
  });
});
