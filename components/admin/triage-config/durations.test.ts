import { describe, expect, it } from "vitest";
import { describeMinutes, toFriendlyDuration, toMinutes } from "./durations";

describe("SLA target durations", () => {
  it.each([
    [15, { amount: "15", unit: "minutes" }],
    [60, { amount: "1", unit: "hours" }],
    [240, { amount: "4", unit: "hours" }],
    [90, { amount: "90", unit: "minutes" }],
    [2880, { amount: "2", unit: "days" }],
    [7200, { amount: "5", unit: "days" }],
  ] as const)("shows %i minutes as %o", (minutes, friendly) => {
    expect(toFriendlyDuration(minutes)).toEqual(friendly);
    expect(toMinutes(friendly.amount, friendly.unit)).toBe(minutes);
  });

  it("reads decimals (with a comma too) and refuses what is not a number", () => {
    expect(toMinutes("1.5", "hours")).toBe(90);
    expect(toMinutes("0,5", "days")).toBe(720);
    expect(toMinutes("", "hours")).toBeNaN();
    expect(toMinutes("-2", "hours")).toBeNaN();
    expect(toMinutes("2h", "hours")).toBeNaN();
  });

  it("describes a target in words", () => {
    expect(describeMinutes(15)).toBe("15 min");
    expect(describeMinutes(90)).toBe("1 h 30 min");
    expect(describeMinutes(7200)).toBe("5 days");
    expect(describeMinutes(1500)).toBe("1 day 1 h");
  });
});
