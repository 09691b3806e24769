"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { QueuePageDto, QueueRowDto } from "@/lib/triage/queue-dto";
import { fetchQueuePage, queueKeys } from "./queue-client";

export const POLL_MS = 5_000;
const FRESH_MS = 4_000;

type MorePages = { query: string; items: QueueRowDto[]; nextCursor: string | null };

/**
 * The queue's rows: the first page polled every 5 s (new items appear without a reload and are
 * marked fresh for a moment), plus the pages "Load more" fetched by keyset for the same query.
 */
export function useQueueData(query: string, initial: { query: string; page: QueuePageDto } | null) {
  const [mountedAt] = useState(() => Date.now());
  const first = useQuery({
    queryKey: queueKeys.firstPage(query),
    queryFn: () => fetchQueuePage(query),
    refetchInterval: POLL_MS,
    staleTime: POLL_MS - 1_000,
    initialData: initial && initial.query === query ? initial.page : undefined,
    initialDataUpdatedAt: mountedAt,
    placeholderData: keepPreviousData,
  });
  const [morePages, setMorePages] = useState<MorePages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const more = morePages?.query === query ? morePages : null;

  const rows = useMemo(() => {
    const seen = new Set<string>();
    return [...(first.data?.items ?? []), ...(more?.items ?? [])].filter((row) => !seen.has(row.id) && seen.add(row.id));
  }, [first.data, more]);
  const nextCursor = more ? more.nextCursor : (first.data?.nextCursor ?? null);

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await fetchQueuePage(query, nextCursor);
      setMorePages((current) => ({ query, items: [...(current?.query === query ? current.items : []), ...page.items], nextCursor: page.nextCursor }));
    } catch (error) {
      setMoreError(error instanceof Error ? error.message : "The next page could not be loaded.");
    } finally {
      setLoadingMore(false);
    }
  }, [nextCursor, query]);

  /** Keeps rows of later pages in step after a confirmed change (only the first page is polled). */
  const patchLoadedRows = useCallback((change: (row: QueueRowDto) => QueueRowDto) => {
    setMorePages((current) => (current ? { ...current, items: current.items.map(change) } : current));
  }, []);

  // Placeholder rows belong to the previous query; judging them would mark the whole new list fresh.
  const fresh = useFreshIds(query, first.isPlaceholderData ? undefined : first.data?.items);

  return {
    rows,
    count: first.data?.count ?? 0,
    capped: first.data?.capped ?? false,
    nextCursor,
    loadMore,
    loadingMore,
    moreError,
    patchLoadedRows,
    fresh,
    isPending: first.isPending,
    /** The rows still belong to the previous filters while the new ones load. */
    isStale: first.isPlaceholderData,
    error: first.error,
  };
}

/** Ids that arrived with a poll (not with the first load of a query), for a brief highlight. */
function useFreshIds(query: string, items: QueueRowDto[] | undefined): ReadonlySet<string> {
  const known = useRef<{ query: string; ids: Set<string> } | null>(null);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!items) return;
    if (known.current?.query !== query) {
      known.current = { query, ids: new Set(items.map((i) => i.id)) };
      return;
    }
    const arrived = items.filter((i) => !known.current!.ids.has(i.id)).map((i) => i.id);
    if (!arrived.length) return;
    for (const id of arrived) known.current.ids.add(id);
    setFresh((current) => new Set([...current, ...arrived]));
    // No cleanup: the next poll must not cut this highlight short.
    setTimeout(() => setFresh((current) => new Set([...current].filter((id) => !arrived.includes(id)))), FRESH_MS);
  }, [items, query]);
  return fresh;
}
