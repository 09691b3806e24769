import { describe, expect, it } from "vitest";
import { reportInputSchema } from "./schemas";

const base = { title: "Checkout fails", description: "500 on POST /orders", api: "petstore", impact: "minor" };
const occurredAtError = (occurredAt: unknown) => {
  const parsed = reportInputSchema.safeParse({ ...base, occurredAt });
  return parsed.success ? null : parsed.error.issues.find((i) => i.path[0] === "occurredAt")?.message;
};

describe("reportInputSchema occurredAt", () => {
  it("takes a recent ISO time", () => {
    const parsed = reportInputSchema.parse({ ...base, occurredAt: "2026-11-27T09:30:00Z" });
    expect(parsed.occurredAt?.toISOString()).toBe("2026-11-27T09:30:00.000Z");
  });

  it("refuses times the database cannot store, with a message instead of a database error", () => {
    expect(occurredAtError("-207763-01-24T05:56:45.346Z")).toBe("Give a time after the year 2000.");
    expect(occurredAtError("+275760-09-13T00:00:00.000Z")).toBe("That time is in the future: give when it happened.");
  });

  it("refuses a time well in the future but allows a day of clock skew", () => {
    expect(occurredAtError(new Date(Date.now() + 3 * 86_400_000).toISOString())).toBe("That time is in the future: give when it happened.");
    expect(occurredAtError(new Date(Date.now() + 3_600_000).toISOString())).toBeNull();
  });

  it("refuses text that is not a time", () => {
    expect(occurredAtError("yesterday-ish")).toMatch(/ISO 8601/);
  });
});
