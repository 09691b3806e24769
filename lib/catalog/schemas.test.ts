import { describe, expect, it } from "vitest";
import { importOptionsSchema } from "./schemas";

describe("importOptionsSchema dates", () => {
  it("takes release and sunset dates", () => {
    const parsed = importOptionsSchema.parse({ api: "petstore", releaseDate: "2026-11-01", sunsetDate: "2027-06-30" });
    expect(parsed.releaseDate?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(parsed.sunsetDate?.toISOString()).toBe("2027-06-30T00:00:00.000Z");
  });

  it("refuses dates the database cannot store with a message", () => {
    const parsed = importOptionsSchema.safeParse({ api: "petstore", releaseDate: "-207763-01-24T05:56:45.346Z", sunsetDate: "+020000-01-01T00:00:00Z" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["releaseDate", "Give a release date between 1970 and 9999."],
      ["sunsetDate", "Give a sunset date between 1970 and 9999."],
    ]);
  });
});
