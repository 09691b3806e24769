import type { Priority } from "./priority";
import type { TriageSettings } from "./settings-schema";
import { clockDueAt, clockState, targetsFor, type ClockState, type SlaClock } from "./sla";

// How an item's stored SLA columns map onto the two clocks of lib/triage/sla.ts. Both clocks
// start when the item is filed and share its pauses (waiting on the reporter); the first-response
// clock stops at the first public answer, the resolution clock when the item is resolved.

export type ItemSlaFields = {
  priority: Priority | null;
  slaStartedAt: Date;
  pausedAt: Date | null;
  pausedMinutes: number;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  /** The hypercare window's factor, when the item was filed during one. */
  hypercareFactor: number | null;
};

export type ItemDeadlines = { responseDueAt: Date | null; resolutionDueAt: Date | null; slaDueAt: Date | null };

export function itemClocks(item: ItemSlaFields, settings: TriageSettings): { response: SlaClock | null; resolution: SlaClock | null } {
  if (!item.priority) return { response: null, resolution: null };
  const hypercare = item.hypercareFactor !== null;
  const targets = targetsFor(settings, item.priority, { hypercare, factor: item.hypercareFactor ?? undefined });
  const clock = (targetMinutes: number, stoppedAt: Date | null): SlaClock => ({
    startedAt: item.slaStartedAt,
    targetMinutes,
    pausedAt: item.pausedAt,
    pausedMinutes: item.pausedMinutes,
    stoppedAt,
  });
  return {
    response: clock(targets.firstResponseMinutes, item.firstResponseAt),
    resolution: targets.resolutionMinutes === null ? null : clock(targets.resolutionMinutes, item.resolvedAt),
  };
}

/** The deadlines to store. While paused the stored deadlines are those before the pause, and no clock runs. */
export function itemDeadlines(item: ItemSlaFields, settings: TriageSettings): ItemDeadlines {
  const { response, resolution } = itemClocks({ ...item, pausedAt: null }, settings);
  const responseDueAt = response ? clockDueAt(response, settings.calendar) : null;
  const resolutionDueAt = resolution ? clockDueAt(resolution, settings.calendar) : null;
  const running = item.pausedAt ? null : !item.firstResponseAt ? responseDueAt : !item.resolvedAt ? resolutionDueAt : null;
  return { responseDueAt, resolutionDueAt, slaDueAt: running };
}

/** What the queue and the item show: the clock that matters now (first response, then resolution). */
export function itemSlaState(item: ItemSlaFields, settings: TriageSettings, now: Date): { clock: "response" | "resolution"; state: ClockState } | null {
  const { response, resolution } = itemClocks(item, settings);
  if (response && !item.firstResponseAt) return { clock: "response", state: clockState(response, now, settings.calendar, settings.atRiskFraction) };
  if (resolution) return { clock: "resolution", state: clockState(resolution, now, settings.calendar, settings.atRiskFraction) };
  return null;
}
