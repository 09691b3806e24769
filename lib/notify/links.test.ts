import { describe, expect, it } from "vitest";
import { isPortalPath } from "./links";

describe("isPortalPath", () => {
  it.each(["/reports/cm1", "/notifications", "/docs/petstore/1.0.27/getPetById?x=1#y"])("accepts %s", (url) => expect(isPortalPath(url)).toBe(true));
  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "reports/cm1", "/a b", ""])("refuses %s", (url) =>
    expect(isPortalPath(url)).toBe(false),
  );
});
