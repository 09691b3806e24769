import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/admin/users?q=x")).toBe("/admin/users?q=x");
  });

  it.each(["https://evil.example", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "", undefined])(
    "replaces %s with the fallback",
    (value) => {
      expect(safeCallbackPath(value)).toBe("/account");
    },
  );
});
