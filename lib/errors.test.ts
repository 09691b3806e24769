import { describe, expect, it } from "vitest";
import { describeWait } from "./errors";

describe("describeWait", () => {
  it("speaks in units a person would use", () => {
    expect(describeWait(0.2)).toBe("1 second");
    expect(describeWait(45)).toBe("45 seconds");
    expect(describeWait(840)).toBe("14 minutes");
    expect(describeWait(3 * 3600)).toBe("3 hours");
  });
});
