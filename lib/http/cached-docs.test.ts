import { describe, expect, it } from "vitest";
import { docsApiOf } from "./cached-docs";

describe("docsApiOf", () => {
  it("names the API of API, version and operation pages", () => {
    expect(docsApiOf("/docs/petstore")).toBe("petstore");
    expect(docsApiOf("/docs/petstore/1.0.27")).toBe("petstore");
    expect(docsApiOf("/docs/petstore/1.0.27/getPetById")).toBe("petstore");
    expect(docsApiOf("/docs/my%20api/v1/")).toBe("my api");
  });

  it("leaves the catalog, the version diff, deeper and malformed paths to per-request rendering", () => {
    for (const path of ["/docs", "/docs/", "/docs/petstore/diff", "/docs/petstore/1.0.27/getPetById/extra", "/forum/t/1", "/docs/%E0%A4%A"]) {
      expect(docsApiOf(path), path).toBeNull();
    }
  });
});
