import { describe, expect, it } from "vitest";
import { isCacheableDocsPath } from "./cached-docs";

describe("isCacheableDocsPath", () => {
  it("takes API, version and operation pages", () => {
    for (const path of ["/docs/petstore", "/docs/petstore/1.0.27", "/docs/petstore/1.0.27/getPetById", "/docs/my%20api/v1/"]) {
      expect(isCacheableDocsPath(path), path).toBe(true);
    }
  });

  it("leaves the catalog, the version diff and deeper paths to per-request rendering", () => {
    for (const path of ["/docs", "/docs/", "/docs/petstore/diff", "/docs/petstore/1.0.27/getPetById/extra", "/forum/t/1"]) {
      expect(isCacheableDocsPath(path), path).toBe(false);
    }
  });
});
