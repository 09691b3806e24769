import { describe, expect, it } from "vitest";
import { timeAgo, utcTime } from "./dates";

const now = Date.parse("2026-11-27T12:00:00Z");

describe("timeAgo, compact (the bell)", () => {
  it.each([
    ["2026-11-27T11:59:30Z", "just now"],
    ["2026-11-27T12:00:30Z", "just now"],
    ["2026-11-27T11:55:00Z", "5 min ago"],
    ["2026-11-27T09:00:00Z", "3 h ago"],
    ["2026-11-25T12:00:00Z", "2 d ago"],
    ["2026-10-01T08:00:00Z", "2026-10-01"],
    ["not a date", ""],
  ])("%s → %s", (iso, expected) => {
    expect(timeAgo(iso, { now, compact: true })).toBe(expected);
  });
});

describe("timeAgo (forum posts)", () => {
  it.each([
    ["2026-11-27T11:55:00Z", "5 min ago"],
    ["2026-11-26T12:00:00Z", "1 day ago"],
    ["2026-11-17T12:00:00Z", "10 days ago"],
    ["2026-10-01T08:00:00Z", "2026-10-01"],
  ])("%s → %s", (iso, expected) => {
    expect(timeAgo(new Date(iso), { now: new Date(now) })).toBe(expected);
  });
});

describe("utcTime", () => {
  it("shows minutes in UTC", () => {
    expect(utcTime(new Date("2026-11-27T09:30:45Z"))).toBe("2026-11-27 09:30 UTC");
  });
});
