import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The real command, as `npm run --silent classify` runs it.
function classify(args: string[], input: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/classify.ts", ...args], { input, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run classify", () => {
  it("writes one JSON line per input line and nothing else on stdout", () => {
    const { code, stdout } = classify([], '{"text": "POST /orders returns 500 since this morning"}\n\n{"text": "How do I refresh an OAuth token?"}\n');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as { category: string; confidence: number });
    expect(lines.map((line) => line.category)).toEqual(["bug", "question"]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(["category", "confidence"]);
      expect(line.confidence).toBeGreaterThan(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("stops at a bad line with exit code 1 and a message on stderr, after the results before it", () => {
    const { code, stdout, stderr } = classify([], '{"text": "please add a webhook for refunds"}\nnot json\n{"text": "never read"}\n');
    expect(code).toBe(1);
    expect(stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toContain("classify: stdin line 2: not valid JSON");
  });

  it("fails clearly on a missing training file", () => {
    const { code, stdout, stderr } = classify(["--train", "does/not/exist.csv"], "");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("classify: cannot read does/not/exist.csv: ENOENT");
  });
});
