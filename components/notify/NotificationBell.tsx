"use client";

import { QueryClient, QueryClientProvider, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { cn } from "../ui/cn";
import { fetchNotifications, HttpError, markNotificationsRead, notificationKeys, NOTIFICATIONS_CHANGED } from "./notifications-client";
import { timeAgo } from "../ui/dates";

const RECENT = 8;
const POLL_MS = 30_000;

/**
 * The header's bell for signed-in users: unread count, a dropdown of the latest notifications,
 * "Mark all as read" and a link to the full list. Polls every 30 s and when the window regains
 * focus. Brings its own query client: nothing else in the header needs one.
 */
export function NotificationBell() {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          // A signed-out session (401) will not come back by retrying.
          queries: { staleTime: 10_000, retry: (count, error) => !(error instanceof HttpError && error.status < 500) && count < 2 },
        },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <Bell />
    </QueryClientProvider>
  );
}

function Bell() {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const { data, isPending, isError } = useQuery({
    queryKey: notificationKeys.recent(RECENT),
    queryFn: () => fetchNotifications(RECENT),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
  });
  const markAll = useMutation({
    mutationFn: () => markNotificationsRead({ all: true }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });

  // Another view (the /notifications page) marked something read.
  useEffect(() => {
    const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    window.addEventListener(NOTIFICATIONS_CHANGED, refresh);
    return () => window.removeEventListener(NOTIFICATIONS_CHANGED, refresh);
  }, [queryClient]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const unread = data?.unreadCount ?? 0;
  const badge = unread > 99 ? "99+" : String(unread);

  function opened(id: string, read: boolean) {
    setOpen(false);
    // Navigation goes ahead at once; keepalive lets the request finish even as the page changes.
    if (!read) void markNotificationsRead({ ids: [id] }, { keepalive: true }).catch(() => undefined);
  }

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
        title="Notifications"
        onClick={() => {
          setOpen((o) => !o);
          if (!open) void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
        }}
        className="relative rounded-lg p-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path strokeLinecap="round" strokeLinejoin="round" d="M14.9 17.1a3 3 0 0 1-5.8 0M18 9.5c0 3.3 1.2 5.2 2.1 6.2.4.4.1 1.1-.5 1.1H4.4c-.6 0-.9-.7-.5-1.1.9-1 2.1-2.9 2.1-6.2a6 6 0 1 1 12 0Z" />
        </svg>
        {unread > 0 && (
          <span
            aria-hidden="true"
            className="absolute -right-0.5 -top-0.5 grid h-[1.15rem] min-w-[1.15rem] place-items-center rounded-full bg-red-600 px-1 text-[0.65rem] font-bold leading-none text-white ring-2 ring-white dark:ring-slate-950"
          >
            {badge}
          </span>
        )}
      </button>

      {open && (
        <div
          id={panelId}
          role="region"
          aria-label="Notifications"
          className="fixed inset-x-2 top-16 z-40 rounded-xl border border-slate-200 bg-white shadow-lg sm:absolute sm:inset-x-auto sm:right-0 sm:top-auto sm:mt-2 sm:w-96 dark:border-slate-800 dark:bg-slate-900"
        >
          <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-3 dark:border-slate-800">
            <h2 className="text-sm font-semibold text-slate-900 dark:text-white">Notifications</h2>
            <button
              type="button"
              disabled={unread === 0 || markAll.isPending}
              onClick={() => markAll.mutate()}
              className="rounded-md px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:text-slate-400 dark:text-brand-300 dark:hover:bg-slate-800 dark:disabled:text-slate-600"
            >
              Mark all as read
            </button>
          </div>
          <div className="max-h-[min(24rem,70vh)] overflow-y-auto">
            {isPending ? (
              <p className="px-4 py-6 text-center text-sm text-slate-600 dark:text-slate-400">Loading…</p>
            ) : isError && !data ? (
              <p className="px-4 py-6 text-center text-sm text-slate-600 dark:text-slate-400">Notifications could not be loaded. They will be retried shortly.</p>
            ) : data.notifications.length === 0 ? (
              <p className="px-4 py-6 text-center text-sm text-slate-600 dark:text-slate-400">
                Nothing yet. When our team changes or answers one of your reports, you will see it here.
              </p>
            ) : (
              <ul className="divide-y divide-slate-100 dark:divide-slate-800">
                {data.notifications.map((n) => (
                  <li key={n.id}>
                    <Link
                      href={n.url}
                      onClick={() => opened(n.id, n.read)}
                      className={cn(
                        "flex gap-3 px-4 py-3 text-sm hover:bg-slate-50 dark:hover:bg-slate-800/60",
                        !n.read && "bg-brand-50/60 dark:bg-brand-950/40",
                      )}
                    >
                      <span aria-hidden="true" className={cn("mt-1.5 h-2 w-2 shrink-0 rounded-full", n.read ? "bg-transparent" : "bg-brand-600 dark:bg-brand-400")} />
                      <span className="min-w-0">
                        <span className={cn("block text-slate-900 dark:text-slate-100", !n.read && "font-semibold")}>
                          {!n.read && <span className="sr-only">Unread: </span>}
                          {n.title}
                        </span>
                        {n.body && <span className="mt-0.5 line-clamp-2 block text-slate-600 dark:text-slate-400">{n.body}</span>}
                        <time dateTime={n.createdAt} className="mt-1 block text-xs text-slate-500 dark:text-slate-400">
                          {timeAgo(n.createdAt, { compact: true })}
                        </time>
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="border-t border-slate-200 px-4 py-2.5 text-center dark:border-slate-800">
            <Link href="/notifications" onClick={() => setOpen(false)} className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-300">
              See all notifications
            </Link>
          </div>
        </div>
      )}
    </div>
  );
}
