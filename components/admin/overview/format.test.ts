import { describe, expect, it } from "vitest";
import { formatMinutes, shortDay } from "./format";

describe("formatMinutes", () => {
  it("says there is no figure rather than showing zero", () => {
    expect(formatMinutes(null)).toBe("—");
    expect(formatMinutes(Number.NaN)).toBe("—");
  });

  it("shows minutes, then hours and minutes, then days and hours", () => {
    expect(formatMinutes(0.4)).toBe("0 min");
    expect(formatMinutes(44.6)).toBe("45 min");
    expect(formatMinutes(60)).toBe("1 h");
    expect(formatMinutes(200)).toBe("3 h 20 min");
    expect(formatMinutes(47 * 60 + 59)).toBe("47 h 59 min");
    expect(formatMinutes(48 * 60)).toBe("2 d");
    expect(formatMinutes(52 * 60 + 10)).toBe("2 d 4 h");
  });
});

describe("shortDay", () => {
  it("labels a UTC day whatever the server's time zone", () => {
    expect(shortDay("2026-11-27")).toBe("27 Nov");
    expect(shortDay("2027-01-01")).toBe("1 Jan");
  });
});
