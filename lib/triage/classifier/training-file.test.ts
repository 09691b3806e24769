import { describe, expect, it } from "vitest";
import { categoryOfLabel, parseTrainingFile, trainingFormatOf } from "./training-file";

describe("categoryOfLabel", () => {
  it("maps issue-tracker labels and accepts the seven categories as they are", () => {
    expect(categoryOfLabel("bug")).toBe("bug");
    expect(categoryOfLabel("feature")).toBe("feature_request");
    expect(categoryOfLabel("Enhancement")).toBe("feature_request");
    expect(categoryOfLabel(" question ")).toBe("question");
    expect(categoryOfLabel("documentation")).toBe("documentation");
    expect(categoryOfLabel("feature_request")).toBe("feature_request");
    expect(categoryOfLabel("wontfix")).toBeUndefined();
  });
});

describe("parseTrainingFile (CSV)", () => {
  it("reads text,label columns", () => {
    expect(parseTrainingFile("text,label\nPOST /orders returns 500,bug\n\"how do I page, with cursors?\",question\n", "csv")).toEqual([
      { text: "POST /orders returns 500", label: "bug" },
      { text: "how do I page, with cursors?", label: "question" },
    ]);
  });

  it("reads NLBSE's repo,created_at,label,title,body with quoted newlines and quotes in the body", () => {
    const csv = [
      "repo,created_at,label,title,body",
      'facebook/react,2023-08-26 06:33:37,bug,"[DevTools Bug] Cannot add node ""1""","### Repro steps',
      "",
      '1. Run ""npm start""',
      '2. Crash"',
      "bitcoin/bitcoin,2023-01-02 10:00:00,feature,Add a flag,",
    ].join("\n");
    expect(parseTrainingFile(csv, "csv")).toEqual([
      { text: '[DevTools Bug] Cannot add node "1"\n### Repro steps\n\n1. Run "npm start"\n2. Crash', label: "bug" },
      { text: "Add a flag", label: "feature_request" },
    ]);
  });

  it("names the line of an unknown label", () => {
    expect(() => parseTrainingFile("text,label\nfine,bug\nodd,wontfix\n", "csv")).toThrow(/line 3: unknown label "wontfix"/);
  });

  it("says which columns it needs", () => {
    expect(() => parseTrainingFile("message,kind\nx,bug\n", "csv")).toThrow(/columns text,label or title,body,label \(found: message,kind\)/);
  });

  it("reports broken quoting", () => {
    expect(() => parseTrainingFile('text,label\n"never closed,bug\n', "csv")).toThrow(/invalid CSV/);
  });
});

describe("parseTrainingFile (JSON lines)", () => {
  it("reads text or title/body, skipping blank lines", () => {
    const jsonl = '{"text":"slow search","label":"performance"}\n\n{"title":"Add SSO","body":"for teams","label":"enhancement"}\n';
    expect(parseTrainingFile(jsonl, "jsonl")).toEqual([
      { text: "slow search", label: "performance" },
      { text: "Add SSO\nfor teams", label: "feature_request" },
    ]);
  });

  it("names the line that is not JSON or has no text", () => {
    expect(() => parseTrainingFile('{"text":"a","label":"bug"}\n{oops', "jsonl")).toThrow(/line 2: not valid JSON/);
    expect(() => parseTrainingFile('{"label":"bug"}', "jsonl")).toThrow(/line 1: no text/);
    expect(() => parseTrainingFile("[1,2]", "jsonl")).toThrow(/line 1: expected a JSON object/);
  });
});

describe("trainingFormatOf", () => {
  it("goes by the file extension", () => {
    expect(trainingFormatOf("data/issues_train.csv")).toBe("csv");
    expect(trainingFormatOf("labelled.jsonl")).toBe("jsonl");
    expect(() => trainingFormatOf("labelled.xlsx")).toThrow(/expected .csv or .jsonl/);
  });
});
