import { describe, expect, it } from "vitest";
import {
  ALLOWED_TRANSITIONS,
  REPORT_STATUSES,
  STATUSES,
  STATUS_LABELS,
  checkTransition,
  isOpen,
  pausesClock,
  reopensOnReporterComment,
  reportStatusFor,
  stopsResolutionClock,
  type Status,
} from "./transitions";

const note = { resolutionNote: "Fixed in 2.3.1: the gateway no longer drops the header." };

describe("allowed transitions", () => {
  it("follows the workflow table", () => {
    expect(ALLOWED_TRANSITIONS).toEqual({
      new: ["triaged", "in_progress", "waiting_on_reporter", "resolved", "wont_fix", "duplicate", "closed"],
      triaged: ["in_progress", "waiting_on_reporter", "resolved", "wont_fix", "duplicate", "closed"],
      in_progress: ["waiting_on_reporter", "resolved", "wont_fix", "duplicate", "triaged"],
      waiting_on_reporter: ["in_progress", "triaged", "resolved", "wont_fix", "duplicate", "closed"],
      resolved: ["closed", "in_progress"],
      closed: [],
      wont_fix: ["triaged"],
      duplicate: ["triaged"],
    });
  });

  it("accepts every move in the table and refuses every move outside it", () => {
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        const allowed = ALLOWED_TRANSITIONS[from].includes(to);
        expect(checkTransition(from, to, note).ok, `${from} → ${to}`).toBe(allowed);
      }
    }
  });

  it("explains a refused move in words, naming where the item can go instead", () => {
    expect(checkTransition("resolved", "triaged", note)).toEqual({
      ok: false,
      reason: "An item cannot go from Resolved to Triaged. From Resolved it can go to: Closed, In progress.",
    });
    expect(checkTransition("closed", "in_progress", note)).toEqual({ ok: false, reason: "An item cannot go from Closed to In progress. Closed is final." });
    expect(checkTransition("triaged", "triaged")).toEqual({ ok: false, reason: "The item is already Triaged." });
  });

  it("refuses unknown statuses", () => {
    expect(checkTransition("open", "triaged")).toEqual({ ok: false, reason: 'Unknown status "open".' });
    expect(checkTransition("new", "done")).toEqual({ ok: false, reason: 'Unknown status "done".' });
  });
});

describe("resolution note rule", () => {
  it.each(["resolved", "wont_fix"] as const)("needs a non-blank note to mark an item %s", (to) => {
    expect(checkTransition("in_progress", to)).toMatchObject({ ok: false });
    expect(checkTransition("in_progress", to, { resolutionNote: "  \n " })).toEqual({
      ok: false,
      reason: `Write a resolution note to mark the item ${STATUS_LABELS[to]}: the reporter reads it.`,
    });
    expect(checkTransition("in_progress", to, note)).toEqual({ ok: true });
  });

  it("does not ask for a note to close, mark as duplicate or move work along", () => {
    expect(checkTransition("resolved", "closed")).toEqual({ ok: true });
    expect(checkTransition("triaged", "duplicate")).toEqual({ ok: true });
    expect(checkTransition("new", "triaged")).toEqual({ ok: true });
  });
});

describe("reporter comments", () => {
  const resolvedAt = at("2026-03-01T12:00:00Z");
  function at(iso: string) {
    return new Date(iso);
  }

  it("reopens a resolved or closed item up to exactly 14 days after it was resolved", () => {
    expect(reopensOnReporterComment("resolved", resolvedAt, at("2026-03-10T09:00:00Z"))).toBe("in_progress");
    expect(reopensOnReporterComment("closed", resolvedAt, at("2026-03-15T12:00:00Z"))).toBe("in_progress");
    expect(reopensOnReporterComment("resolved", resolvedAt, at("2026-03-15T12:00:00.001Z"))).toBeNull();
    expect(reopensOnReporterComment("closed", resolvedAt, at("2026-04-01T00:00:00Z"))).toBeNull();
  });

  it("does not reopen an item closed without ever being resolved, won't-fix or duplicate", () => {
    expect(reopensOnReporterComment("closed", null, at("2026-03-02T00:00:00Z"))).toBeNull();
    expect(reopensOnReporterComment("wont_fix", resolvedAt, at("2026-03-02T00:00:00Z"))).toBeNull();
    expect(reopensOnReporterComment("duplicate", resolvedAt, at("2026-03-02T00:00:00Z"))).toBeNull();
  });

  it("puts an item waiting on the reporter back in progress, and leaves active items alone", () => {
    expect(reopensOnReporterComment("waiting_on_reporter", null, at("2026-03-02T00:00:00Z"))).toBe("in_progress");
    expect(reopensOnReporterComment("in_progress", null, at("2026-03-02T00:00:00Z"))).toBeNull();
    expect(reopensOnReporterComment("new", null, at("2026-03-02T00:00:00Z"))).toBeNull();
  });
});

describe("what each status means for clocks, the queue and the reporter", () => {
  it("pauses the clocks only while waiting on the reporter", () => {
    expect(STATUSES.filter(pausesClock)).toEqual(["waiting_on_reporter"]);
  });

  it("stops the resolution clock on every final status and keeps the rest open", () => {
    expect(STATUSES.filter(stopsResolutionClock)).toEqual(["resolved", "closed", "wont_fix", "duplicate"]);
    expect(STATUSES.filter(isOpen)).toEqual(["new", "triaged", "in_progress", "waiting_on_reporter"]);
  });

  it("shows new and triaged items to the reporter as open, the rest as they are", () => {
    const shown = Object.fromEntries(STATUSES.map((s) => [s, reportStatusFor(s)])) as Record<Status, string>;
    expect(shown).toEqual({
      new: "open",
      triaged: "open",
      in_progress: "in_progress",
      waiting_on_reporter: "waiting_on_reporter",
      resolved: "resolved",
      closed: "closed",
      wont_fix: "wont_fix",
      duplicate: "duplicate",
    });
    expect(new Set(Object.values(shown))).toEqual(new Set(REPORT_STATUSES));
  });

  it("has a label for every status", () => {
    expect(STATUSES.map((s) => STATUS_LABELS[s])).toEqual(["New", "Triaged", "In progress", "Waiting on reporter", "Resolved", "Closed", "Won't fix", "Duplicate"]);
  });
});
