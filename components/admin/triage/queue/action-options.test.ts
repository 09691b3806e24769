import { describe, expect, it } from "vitest";
import type { QueueRowDto } from "@/lib/triage/queue-dto";
import { DEFAULT_PRIORITY_MATRIX } from "@/lib/triage/priority";
import { assignOptions, filterOptions, labelOptions, priorityOptions, statusOptions } from "./action-options";
import type { People } from "./queue-client";

const row = (over: Partial<QueueRowDto>): QueueRowDto =>
  ({ id: "i1", number: 1, status: "new", visibility: "public", team: { slug: "payments", name: "Payments" }, labels: [], ...over }) as QueueRowDto;

const people: People = {
  staff: [
    { id: "u-admin", name: "Ada Admin", role: "admin", teamIds: [] },
    { id: "u-me", name: "Mo Triager", role: "triager", teamIds: ["t-dx"] },
    { id: "u-pay", name: "Pia Payments", role: "triager", teamIds: ["t-pay"] },
    { id: "u-sec", name: "Sam Security", role: "security", teamIds: [] },
  ],
  teams: [
    { id: "t-dx", slug: "dx", name: "Developer Experience" },
    { id: "t-pay", slug: "payments", name: "Payments" },
  ],
};

describe("the assign picker", () => {
  it("offers me first, then the item's team, then everyone else", () => {
    const labels = assignOptions([row({})], people, "u-me").map((o) => o.label);
    expect(labels.slice(0, 4)).toEqual(["Me (Mo Triager)", "Pia Payments", "Ada Admin", "Sam Security"]);
    expect(labels).toContain("Unassigned");
  });

  it("offers only security staff and admins for a security item", () => {
    const names = assignOptions([row({ visibility: "security" })], people, "u-me")
      .filter((o) => o.key.startsWith("user:u-"))
      .map((o) => o.label);
    expect(names).toEqual(["Ada Admin", "Sam Security"]);
  });
});

describe("the status picker", () => {
  it("offers only the moves allowed from every selected item's status, without duplicate (that is a merge)", () => {
    const keys = statusOptions([row({ status: "in_progress" }), row({ id: "i2", status: "triaged" })]).map((o) => o.key);
    expect(keys.sort()).toEqual(["resolved", "waiting_on_reporter", "wont_fix"].sort());
  });

  it("asks for a note before resolving", () => {
    const resolved = statusOptions([row({ status: "triaged" })]).find((o) => o.key === "resolved");
    expect(resolved?.needsNote).toBe(true);
    expect(statusOptions([row({ status: "closed" })])).toEqual([]);
  });
});

describe("the priority picker", () => {
  it("sets severity and impact in one choice, most urgent first, and typing narrows it", () => {
    const options = priorityOptions(DEFAULT_PRIORITY_MATRIX);
    expect(options).toHaveLength(16);
    expect(options[0]?.label).toMatch(/^Critical: Critical × All users$/);
    const typed = filterOptions(options, "major many");
    expect(typed.map((o) => o.patch)).toEqual([{ severity: "major", impactScope: "many" }]);
  });
});

describe("the label picker", () => {
  it("adds what was typed and offers the selection's labels for removal", () => {
    const options = labelOptions([row({ labels: ["regression"] })], "sdk");
    expect(options.map((o) => o.patch)).toEqual([{ addLabels: ["sdk"] }, { removeLabels: ["regression"] }]);
  });
});
