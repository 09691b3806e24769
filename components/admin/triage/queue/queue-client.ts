// The browser's side of the triage queue's APIs: one fetch client, the query keys, one function per call.
import type { QueuePageDto } from "@/lib/triage/queue-dto";
import type { ItemPatch } from "@/lib/triage/update";
import type { SavedViewDto } from "@/lib/triage/views";
import type { AssignablePerson, TeamOption } from "@/lib/triage/people";

export type People = { staff: AssignablePerson[]; teams: TeamOption[] };
export type BulkResult = { updated: number; refused: { id: string; reason: string }[] };

export const queueKeys = {
  all: ["triage"] as const,
  firstPage: (query: string) => ["triage", "queue", query] as const,
  views: ["triage", "views"] as const,
  people: ["triage", "people"] as const,
};

export class QueueHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { accept: "application/json", ...(init?.body ? { "content-type": "application/json" } : {}) } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; errors?: Record<string, string[]> };
    const fields = Object.values(problem.errors ?? {}).flat();
    throw new QueueHttpError(response.status, [problem.detail ?? `The portal answered ${response.status}.`, ...fields].join(" "), problem.errors);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

const withCursor = (query: string, after?: string) => {
  const params = new URLSearchParams(query);
  if (after) params.set("after", after);
  return params.toString();
};

export const fetchQueuePage = (query: string, after?: string) => call<QueuePageDto>(`/api/admin/triage/items?${withCursor(query, after)}`);

export const patchItem = (id: string, patch: ItemPatch) => call<{ ok: true }>(`/api/admin/triage/items/${encodeURIComponent(id)}`, { method: "PATCH", body: JSON.stringify(patch) });

export const patchItems = (ids: string[], patch: ItemPatch) => call<BulkResult>("/api/admin/triage/items/bulk", { method: "POST", body: JSON.stringify({ ids, patch }) });

export const fetchViews = () => call<{ views: SavedViewDto[] }>("/api/admin/triage/views").then((r) => r.views);

export const saveView = (view: { name: string; query: string; shared: boolean }) => call<SavedViewDto>("/api/admin/triage/views", { method: "POST", body: JSON.stringify(view) });

export const removeView = (id: string) => call<void>(`/api/admin/triage/views/${encodeURIComponent(id)}`, { method: "DELETE" });

export const fetchPeople = () => call<People>("/api/admin/triage/people");

export const exportHref = (query: string) => `/api/admin/triage/export?${query}`;
