"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import type { QueueRowDto } from "@/lib/triage/queue-dto";
import type { PriorityMatrix } from "@/lib/triage/priority";
import type { ItemPatch } from "@/lib/triage/update";
import { optimisticOverlay, type RowOverlay } from "./optimistic";
import { patchItem, patchItems, queueKeys, type People } from "./queue-client";

export type Notice = { tone: "error" | "success"; text: string };

type Overlays = ReadonlyMap<string, { token: number; values: RowOverlay }>;

/**
 * Changes items from the queue: shown at once (an overlay on the rows), confirmed by the server,
 * rolled back with a message when refused. One item goes to PATCH …/items/{id}, a selection to …/items/bulk.
 */
export function useQueueActions({ people, matrix, patchLoadedRows }: { people: People | undefined; matrix: PriorityMatrix; patchLoadedRows: (change: (row: QueueRowDto) => QueueRowDto) => void }) {
  const queryClient = useQueryClient();
  const [overlays, setOverlays] = useState<Overlays>(new Map());
  const [notice, setNotice] = useState<Notice | null>(null);
  const tokens = useRef(0);

  const drop = useCallback((ids: string[], token: number) => {
    setOverlays((current) => {
      const next = new Map(current);
      for (const id of ids) if (next.get(id)?.token === token) next.delete(id);
      return next;
    });
  }, []);

  const apply = useCallback(
    async (targets: QueueRowDto[], patch: ItemPatch, describe: string) => {
      if (!targets.length) return;
      const token = ++tokens.current;
      const values = new Map(targets.map((row) => [row.id, optimisticOverlay(row, patch, { people, matrix })]));
      setOverlays((current) => new Map([...current, ...[...values].map(([id, v]) => [id, { token, values: v }] as const)]));
      setNotice(null);
      const ids = targets.map((t) => t.id);
      try {
        const refused = targets.length === 1 ? (await patchItem(ids[0]!, patch), []) : (await patchItems(ids, patch)).refused;
        const refusedIds = new Set(refused.map((r) => r.id));
        if (refused.length) drop([...refusedIds], token);
        const done = ids.filter((id) => !refusedIds.has(id));
        patchLoadedRows((row) => (done.includes(row.id) ? { ...row, ...values.get(row.id) } : row));
        await queryClient.invalidateQueries({ queryKey: queueKeys.all });
        drop(done, token);
        if (refused.length) {
          const numbers = new Map(targets.map((t) => [t.id, t.number]));
          const reasons = refused.map((r) => `T-${numbers.get(r.id)}: ${r.reason}`).join(" ");
          setNotice({ tone: "error", text: `${done.length ? `${describe} for ${done.length}; ` : ""}${refused.length} not changed. ${reasons}` });
        } else {
          setNotice({ tone: "success", text: `${describe}${targets.length > 1 ? ` for ${targets.length} items` : ` for T-${targets[0]!.number}`}.` });
        }
      } catch (error) {
        drop(ids, token);
        setNotice({ tone: "error", text: `Not saved, the change was undone. ${error instanceof Error ? error.message : ""}`.trim() });
      }
    },
    [people, matrix, patchLoadedRows, queryClient, drop],
  );

  const withOverlays = useCallback((rows: QueueRowDto[]) => rows.map((row) => (overlays.has(row.id) ? { ...row, ...overlays.get(row.id)!.values } : row)), [overlays]);

  return { apply, withOverlays, notice, dismissNotice: () => setNotice(null) };
}
