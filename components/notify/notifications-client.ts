// The browser's side of the notifications API: one fetch client, the query keys, and an event
// that tells every notification view on the page to refresh after one of them changed something.
import type { NotificationDto } from "@/lib/notify/dto";

export type NotificationPage = { notifications: NotificationDto[]; unreadCount: number; nextCursor: string | null };

export const notificationKeys = {
  all: ["notifications"] as const,
  recent: (limit: number) => ["notifications", "recent", limit] as const,
};

/** Fired on window when notifications were marked read, so the bell and the list agree. */
export const NOTIFICATIONS_CHANGED = "hypercare:notifications-changed";

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { accept: "application/json", ...(init?.body ? { "content-type": "application/json" } : {}) } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string };
    throw new HttpError(response.status, problem.detail ?? `The portal answered ${response.status}.`);
  }
  return (await response.json()) as T;
}

export function fetchNotifications(limit: number): Promise<NotificationPage> {
  return call(`/api/v1/notifications?limit=${limit}`);
}

export async function markNotificationsRead(body: { all: true } | { ids: string[] }, options: { keepalive?: boolean } = {}): Promise<{ updated: number; unreadCount: number }> {
  const result = await call<{ updated: number; unreadCount: number }>("/api/v1/notifications/read", { method: "POST", body: JSON.stringify(body), keepalive: options.keepalive });
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
  return result;
}
