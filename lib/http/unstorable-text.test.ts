import { describe, expect, it } from "vitest";
import { hasUnstorableText, truncateText } from "./unstorable-text";

describe("truncateText", () => {
  it("keeps text that fits and cuts the rest at max", () => {
    expect(truncateText("short", 10)).toBe("short");
    expect(truncateText("abcdef", 3)).toBe("abc");
  });

  it("drops the first half of a surrogate pair rather than leave it alone", () => {
    expect(truncateText("a💥b", 2)).toBe("a");
    expect(truncateText("a💥b", 3)).toBe("a💥");
    expect(hasUnstorableText(truncateText("x" + "💥".repeat(3000), 279))).toBe(false);
  });
});
