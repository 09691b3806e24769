import type { FeedbackKind } from "@/lib/generated/prisma/enums";
import type { OpenStatus, PriorityOrNone } from "@/lib/triage/overview";
import { queueQueryString, type QueueQuery } from "@/lib/triage/queue-query";

// Where each overview figure leads: the triage queue filtered to exactly what the figure counts.
// With an API chosen on the overview, every link keeps it.

type QueueLinkQuery = Partial<Record<keyof QueueQuery, unknown>>;

export function queueHref(query: QueueLinkQuery, api?: string | null): string {
  const search = queueQueryString(api ? { ...query, api } : query);
  return search ? `/admin/triage?${search}` : "/admin/triage";
}

export const openItemsQuery: QueueLinkQuery = { status: "open" };
export const breachedQuery: QueueLinkQuery = { status: "open", breached: true };
export const atRiskQuery: QueueLinkQuery = { status: "open", atRisk: true };
export const openByPriorityQuery = (priority: PriorityOrNone): QueueLinkQuery => ({ status: "open", priority });
export const byStatusQuery = (status: OpenStatus): QueueLinkQuery => ({ status });
/** The queue has no date filter: a day's bar opens the newest items of its kind. */
export const newestOfKindQuery = (kind?: FeedbackKind): QueueLinkQuery => ({ kind, sort: "newest" });
export const openOnOperationQuery = (api: string, operation: string): QueueLinkQuery => ({ status: "open", api, operation });
/** A page's ratings in the queue; an API overview page has no operation. */
export const ratingsOfPageQuery = (api: string, operation: string | null): QueueLinkQuery => ({ kind: "rating", api, operation: operation ?? undefined });
/** Behind the first-response medians: what still waits for its first response, longest first. */
export const awaitingResponseQuery: QueueLinkQuery = { status: "new", sort: "oldest" };
/** Behind the resolution medians: what was resolved most recently. */
export const recentlyResolvedQuery: QueueLinkQuery = { status: "resolved,closed", sort: "updated" };
