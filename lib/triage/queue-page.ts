import "server-only";
import type { Actor } from "../auth/authorize";
import { countQueue, listQueue } from "./queue";
import { toQueueRowDto, type QueuePageDto } from "./queue-dto";
import type { QueueQuery } from "./queue-query";
import { loadTriageSettings } from "./settings";

/** One page of the queue as the browser reads it: rows with their SLA cells, the cursor and the total. */
export async function queuePage(actor: Actor | null, query: QueueQuery, now = new Date()): Promise<QueuePageDto> {
  const [page, total, settings] = await Promise.all([listQueue(actor, query, now), countQueue(actor, query, now), loadTriageSettings()]);
  return { items: page.items.map((row) => toQueueRowDto(row, settings, now)), nextCursor: page.nextCursor, ...total };
}
