import type { QueueRow } from "./queue";
import { itemSlaState } from "./item-sla";
import { formatRemaining } from "./sla";
import type { TriageSettings } from "./settings-schema";

// What the browser gets for one queue row: dates as ISO strings, and the SLA cell worked out on the
// server, so the queue, the CSV and the item page agree on "12 min left" at the same moment.

export type SlaCell = {
  clock: "response" | "resolution";
  state: "running" | "at_risk" | "breached" | "paused" | "met";
  label: string;
  dueAt: string | null;
};

export type QueueRowDto = Omit<
  QueueRow,
  "slaStartedAt" | "slaDueAt" | "pausedAt" | "firstResponseAt" | "responseBreachedAt" | "resolutionBreachedAt" | "resolvedAt" | "createdAt" | "updatedAt" | "pausedMinutes"
> & {
  sla: SlaCell | null;
  slaDueAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type QueuePageDto = { items: QueueRowDto[]; nextCursor: string | null; count: number; capped: boolean };

/** The clock that matters now, as the queue's SLA column shows it; null before a priority is set. */
export function slaCell(row: Pick<QueueRow, "priority" | "slaStartedAt" | "pausedAt" | "pausedMinutes" | "firstResponseAt" | "resolvedAt" | "hypercareFactor">, settings: TriageSettings, now: Date): SlaCell | null {
  const sla = itemSlaState({ ...row, hypercareFactor: row.hypercareFactor ?? null }, settings, now);
  if (!sla) return null;
  const { state, dueAt, remainingMinutes } = sla.state;
  const label = state === "paused" ? "Paused" : state === "met" ? "Met" : formatRemaining(remainingMinutes);
  return { clock: sla.clock, state, label, dueAt: dueAt?.toISOString() ?? null };
}

export function toQueueRowDto(row: QueueRow, settings: TriageSettings, now: Date): QueueRowDto {
  const {
    slaStartedAt: _started,
    pausedAt: _paused,
    pausedMinutes: _pausedMinutes,
    firstResponseAt: _firstResponse,
    responseBreachedAt: _responseBreached,
    resolutionBreachedAt: _resolutionBreached,
    resolvedAt: _resolved,
    slaDueAt,
    createdAt,
    updatedAt,
    ...rest
  } = row;
  return {
    ...rest,
    sla: slaCell(row, settings, now),
    slaDueAt: slaDueAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}
