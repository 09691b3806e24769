import { describe, expect, it } from "vitest";
import type { QueueRow } from "./queue";
import { slaCell, toQueueRowDto } from "./queue-dto";
import { DEFAULT_TRIAGE_SETTINGS } from "./settings-schema";

const started = new Date("2026-11-27T09:00:00.000Z");
const minutesLater = (minutes: number) => new Date(started.getTime() + minutes * 60_000);

const clockFields = {
  priority: "critical" as const,
  slaStartedAt: started,
  pausedAt: null,
  pausedMinutes: 0,
  firstResponseAt: null,
  resolvedAt: null,
  hypercareFactor: null,
};

describe("the queue's SLA cell", () => {
  it("counts down the first response of a critical item (15 min) and turns at risk in its last 20 %", () => {
    expect(slaCell(clockFields, DEFAULT_TRIAGE_SETTINGS, minutesLater(10))).toEqual({
      clock: "response",
      state: "running",
      label: "5 min left",
      dueAt: "2026-11-27T09:15:00.000Z",
    });
    expect(slaCell(clockFields, DEFAULT_TRIAGE_SETTINGS, minutesLater(13))).toMatchObject({ state: "at_risk", label: "2 min left" });
  });

  it("says how long a breached clock is overdue", () => {
    expect(slaCell(clockFields, DEFAULT_TRIAGE_SETTINGS, minutesLater(15 + 120))).toMatchObject({ clock: "response", state: "breached", label: "2 h overdue" });
  });

  it("halves the targets during a hypercare window (15 min → 8 min)", () => {
    const cell = slaCell({ ...clockFields, hypercareFactor: 0.5 }, DEFAULT_TRIAGE_SETTINGS, minutesLater(9));
    expect(cell).toMatchObject({ state: "breached", label: "1 min overdue", dueAt: "2026-11-27T09:08:00.000Z" });
  });

  it("shows a paused clock as Paused, without a due time", () => {
    expect(slaCell({ ...clockFields, pausedAt: minutesLater(5) }, DEFAULT_TRIAGE_SETTINGS, minutesLater(60))).toEqual({ clock: "response", state: "paused", label: "Paused", dueAt: null });
  });

  it("moves on to the resolution clock (4 h) once the first response was given", () => {
    const cell = slaCell({ ...clockFields, firstResponseAt: minutesLater(10) }, DEFAULT_TRIAGE_SETTINGS, minutesLater(60));
    expect(cell).toMatchObject({ clock: "resolution", state: "running", label: "3 h left" });
  });

  it("marks a clock stopped in time as met", () => {
    const cell = slaCell({ ...clockFields, firstResponseAt: minutesLater(10), resolvedAt: minutesLater(100) }, DEFAULT_TRIAGE_SETTINGS, minutesLater(600));
    expect(cell).toMatchObject({ clock: "resolution", state: "met", label: "Met" });
  });

  it("has no clock before a priority is set", () => {
    expect(slaCell({ ...clockFields, priority: null }, DEFAULT_TRIAGE_SETTINGS, minutesLater(60))).toBeNull();
  });
});

describe("a queue row for the browser", () => {
  it("carries dates as ISO strings and leaves the clock's bookkeeping out", () => {
    const row: QueueRow = {
      id: "item-1",
      number: 12,
      kind: "report",
      title: "Checkout returns 500",
      possibleDuplicate: null,
      api: { slug: "payments", name: "Payments" },
      versionLabel: "2.0",
      operationSlug: "createCharge",
      category: "bug",
      categoryConfidence: 0.82,
      priority: "critical",
      status: "new",
      visibility: "public",
      assignee: null,
      team: { slug: "dx", name: "Developer Experience" },
      labels: [],
      slaStartedAt: started,
      slaDueAt: minutesLater(15),
      pausedAt: null,
      pausedMinutes: 0,
      firstResponseAt: null,
      responseBreachedAt: null,
      resolutionBreachedAt: null,
      hypercare: false,
      hypercareFactor: null,
      resolvedAt: null,
      affectedCount: 3,
      affectedApps: 2,
      reportNumber: 40,
      createdAt: started,
      updatedAt: minutesLater(1),
    };
    const dto = toQueueRowDto(row, DEFAULT_TRIAGE_SETTINGS, minutesLater(20));
    expect(dto).toMatchObject({ number: 12, slaDueAt: "2026-11-27T09:15:00.000Z", createdAt: "2026-11-27T09:00:00.000Z", sla: { state: "breached", label: "5 min overdue" } });
    expect(dto).not.toHaveProperty("pausedMinutes");
    expect(JSON.parse(JSON.stringify(dto))).toEqual(dto);
  });
});
