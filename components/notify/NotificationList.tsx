"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { NotificationDto } from "@/lib/notify/dto";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { cn } from "../ui/cn";
import { markNotificationsRead } from "./notifications-client";
import { timeAgo } from "../ui/dates";

/** The full list on /notifications: opening one marks it read; "Mark all as read" for the rest. */
export function NotificationList({ notifications, unreadCount }: { notifications: NotificationDto[]; unreadCount: number }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function markAll() {
    setPending(true);
    setError(null);
    try {
      await markNotificationsRead({ all: true });
      router.refresh();
    } catch {
      setError("Could not mark them read. Try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
          {unreadCount === 0 ? "You have read everything." : `${unreadCount} unread`}
        </p>
        <Button type="button" variant="secondary" disabled={pending || unreadCount === 0} onClick={() => void markAll()}>
          Mark all as read
        </Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {notifications.map((n) => (
          <li key={n.id}>
            <Link
              href={n.url}
              onClick={() => {
                if (!n.read) void markNotificationsRead({ ids: [n.id] }, { keepalive: true }).catch(() => undefined);
              }}
              className={cn("flex gap-3 px-4 py-3 hover:bg-slate-50 dark:hover:bg-slate-900", !n.read && "bg-brand-50/60 dark:bg-brand-950/40")}
            >
              <span aria-hidden="true" className={cn("mt-2 h-2 w-2 shrink-0 rounded-full", n.read ? "bg-transparent" : "bg-brand-600 dark:bg-brand-400")} />
              <span className="min-w-0 flex-1">
                <span className={cn("block text-slate-900 dark:text-white", !n.read && "font-semibold")}>
                  {!n.read && <span className="sr-only">Unread: </span>}
                  {n.title}
                </span>
                {n.body && <span className="mt-0.5 block break-words text-sm text-slate-600 dark:text-slate-400">{n.body}</span>}
              </span>
              <time dateTime={n.createdAt} title={n.createdAt.slice(0, 16).replace("T", " ") + " UTC"} className="shrink-0 text-xs text-slate-500 dark:text-slate-400" suppressHydrationWarning>
                {timeAgo(n.createdAt, { compact: true })}
              </time>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
