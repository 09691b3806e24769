import { describe, expect, it } from "vitest";
import type { QueueRowDto } from "@/lib/triage/queue-dto";
import { DEFAULT_PRIORITY_MATRIX } from "@/lib/triage/priority";
import { optimisticOverlay } from "./optimistic";

const row = { id: "i1", labels: ["sdk", "regression"], category: "question", categoryConfidence: 0.6 } as QueueRowDto;
const context = {
  matrix: DEFAULT_PRIORITY_MATRIX,
  people: { staff: [{ id: "u1", name: "Pia", role: "triager" as const, teamIds: [] }], teams: [{ id: "t1", slug: "dx", name: "Developer Experience" }] },
};

describe("what a change looks like before the server confirms it", () => {
  it("shows the priority the matrix gives severity × impact", () => {
    expect(optimisticOverlay(row, { severity: "major", impactScope: "all" }, context)).toEqual({ priority: "high" });
  });

  it("names the new assignee and team, and drops the classifier's confidence for a staff category", () => {
    expect(optimisticOverlay(row, { assigneeId: "u1", teamId: "t1", category: "bug" }, context)).toEqual({
      assignee: { id: "u1", name: "Pia" },
      team: { slug: "dx", name: "Developer Experience" },
      category: "bug",
      categoryConfidence: null,
    });
    expect(optimisticOverlay(row, { assigneeId: null }, context)).toEqual({ assignee: null });
  });

  it("adds and removes labels", () => {
    expect(optimisticOverlay(row, { addLabels: ["billing"], removeLabels: ["sdk"] }, context)).toEqual({ labels: ["regression", "billing"] });
  });
});
