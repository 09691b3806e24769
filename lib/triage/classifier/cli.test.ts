import { describe, expect, it } from "vitest";
import { formatOutputLine, parseClassifyArgs, parseInputLine } from "./cli";

describe("parseClassifyArgs", () => {
  it("classifies with the shipped model when given nothing", () => {
    expect(parseClassifyArgs([])).toEqual({ writeShippedModel: false });
  });

  it("takes --train FILE and --train=FILE", () => {
    expect(parseClassifyArgs(["--train", "issues.csv"]).trainFile).toBe("issues.csv");
    expect(parseClassifyArgs(["--train=labelled.jsonl"]).trainFile).toBe("labelled.jsonl");
  });

  it("refuses a missing file, unknown arguments and contradictory ones", () => {
    expect(() => parseClassifyArgs(["--train"])).toThrow(/--train needs a file/);
    expect(() => parseClassifyArgs(["--train", "--write-shipped-model"])).toThrow(/--train needs a file/);
    expect(() => parseClassifyArgs(["--fast"])).toThrow(/unknown argument "--fast"/);
    expect(() => parseClassifyArgs(["--write-shipped-model", "--train", "x.csv"])).toThrow(/takes no --train file/);
  });
});

describe("parseInputLine", () => {
  it("returns the text, and nothing for a blank line", () => {
    expect(parseInputLine('{"text": "POST /orders returns 500"}', 1)).toBe("POST /orders returns 500");
    expect(parseInputLine("   ", 2)).toBeUndefined();
  });

  it("names the bad line", () => {
    expect(() => parseInputLine("POST /orders returns 500", 7)).toThrow('stdin line 7: not valid JSON (expected {"text": "..."})');
    expect(() => parseInputLine('{"body": "x"}', 3)).toThrow(/stdin line 3: expected an object with a string "text" field/);
    expect(() => parseInputLine('{"text": 5}', 4)).toThrow(/stdin line 4/);
  });
});

describe("formatOutputLine", () => {
  it("writes only category and a rounded confidence", () => {
    expect(formatOutputLine({ category: "bug", confidence: 0.912345678, scores: { bug: 0.912345678, question: 0.087654322 } })).toBe(
      '{"category":"bug","confidence":0.9123}',
    );
  });
});
