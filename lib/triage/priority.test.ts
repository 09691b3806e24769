import { describe, expect, it } from "vitest";
import { DEFAULT_PRIORITY_MATRIX, IMPACT_SCOPES, IMPACT_SCOPE_LABELS, PRIORITIES, PRIORITY_LABELS, SEVERITIES, SEVERITY_LABELS, comparePriority, priorityOf, type Priority, type PriorityMatrix } from "./priority";

describe("default priority matrix", () => {
  it.each([
    ["critical", "all", "critical"],
    ["critical", "many", "critical"],
    ["critical", "some", "high"],
    ["critical", "one", "high"],
    ["major", "all", "high"],
    ["major", "one", "medium"],
    ["minor", "all", "medium"],
    ["minor", "some", "low"],
    ["cosmetic", "all", "low"],
    ["cosmetic", "one", "low"],
  ] as const)("%s severity × %s users → %s", (severity, impact, expected) => {
    expect(priorityOf(DEFAULT_PRIORITY_MATRIX, severity, impact)).toBe(expected);
  });

  it("never makes wider impact or higher severity less urgent", () => {
    for (const [s, severity] of SEVERITIES.entries()) {
      for (const [i, impact] of IMPACT_SCOPES.entries()) {
        const here = priorityOf(DEFAULT_PRIORITY_MATRIX, severity, impact);
        const widerImpact = IMPACT_SCOPES[i - 1];
        const higherSeverity = SEVERITIES[s - 1];
        if (widerImpact) expect(comparePriority(priorityOf(DEFAULT_PRIORITY_MATRIX, severity, widerImpact), here)).toBeLessThanOrEqual(0);
        if (higherSeverity) expect(comparePriority(priorityOf(DEFAULT_PRIORITY_MATRIX, higherSeverity, impact), here)).toBeLessThanOrEqual(0);
      }
    }
  });
});

describe("priorityOf with an admin's matrix", () => {
  it("reads the edited cell, not the default", () => {
    const edited: PriorityMatrix = { ...DEFAULT_PRIORITY_MATRIX, cosmetic: { ...DEFAULT_PRIORITY_MATRIX.cosmetic, all: "high" } };
    expect(priorityOf(edited, "cosmetic", "all")).toBe("high");
    expect(priorityOf(edited, "cosmetic", "one")).toBe("low");
  });
});

describe("priority order and labels", () => {
  it("sorts Critical first and Low last", () => {
    const shuffled: Priority[] = ["low", "critical", "medium", "high", "low"];
    expect([...shuffled].sort(comparePriority)).toEqual(["critical", "high", "medium", "low", "low"]);
  });

  it("has a label for every priority, severity and impact", () => {
    expect(PRIORITIES.map((p) => PRIORITY_LABELS[p])).toEqual(["Critical", "High", "Medium", "Low"]);
    expect(SEVERITIES.map((s) => SEVERITY_LABELS[s].label)).toEqual(["Critical", "Major", "Minor", "Cosmetic"]);
    expect(IMPACT_SCOPES.map((i) => IMPACT_SCOPE_LABELS[i].label)).toEqual(["All users", "Many users", "Some users", "One user"]);
  });
});
