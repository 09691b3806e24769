import { describe, expect, it } from "vitest";
import { timeAgo } from "./time-ago";

const now = Date.parse("2026-11-27T12:00:00Z");

describe("timeAgo", () => {
  it.each([
    ["2026-11-27T11:59:30Z", "just now"],
    ["2026-11-27T12:00:30Z", "just now"],
    ["2026-11-27T11:55:00Z", "5 min ago"],
    ["2026-11-27T09:00:00Z", "3 h ago"],
    ["2026-11-25T12:00:00Z", "2 d ago"],
    ["2026-10-01T08:00:00Z", "2026-10-01"],
    ["not a date", ""],
  ])("%s → %s", (iso, expected) => {
    expect(timeAgo(iso, now)).toBe(expected);
  });
});
