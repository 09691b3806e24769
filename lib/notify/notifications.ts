import "server-only";
import { db } from "../db";
import { Invalid } from "../errors";
import { requireSignedIn, type Actor } from "../auth/authorize";
import { fieldErrorsOf } from "../validation";
import type { NotificationItem } from "./dto";
import { markReadSchema, notificationListSchema, type MarkReadInput, type NotificationListQuery } from "./schemas";

const ITEM = { id: true, kind: true, title: true, body: true, url: true, readAt: true, createdAt: true } as const;

/** How many of the caller's notifications are unread: the bell's badge. */
export async function countUnread(actor: Actor | null): Promise<number> {
  const me = requireSignedIn(actor);
  return db.notification.count({ where: { userId: me.id, readAt: null } });
}

/** The caller's notifications, newest first, keyset-paginated by `before` (the last id seen). */
export async function listNotifications(
  actor: Actor | null,
  query: NotificationListQuery = {},
): Promise<{ notifications: NotificationItem[]; unreadCount: number; nextCursor: string | null }> {
  const me = requireSignedIn(actor);
  const parsed = notificationListSchema.safeParse(query);
  if (!parsed.success) throw new Invalid("The query string is invalid.", fieldErrorsOf(parsed.error));
  const { before, limit } = parsed.data;
  let after: { createdAt: Date; id: string } | null = null;
  if (before) {
    // The cursor must be one of the caller's own: another user's id says nothing about his list.
    after = await db.notification.findFirst({ where: { id: before, userId: me.id }, select: { createdAt: true, id: true } });
    if (!after) throw new Invalid("Unknown cursor.", { before: ["No notification of yours with this id."] });
  }
  const [rows, unreadCount] = await Promise.all([
    db.notification.findMany({
      where: {
        userId: me.id,
        ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: ITEM,
    }),
    countUnread(me),
  ]);
  const notifications = rows.slice(0, limit);
  return { notifications, unreadCount, nextCursor: rows.length > limit ? notifications[notifications.length - 1]!.id : null };
}

/** Marks all, or some, of the caller's notifications read. Ids of other users' notifications change nothing. */
export async function markNotificationsRead(actor: Actor | null, input: MarkReadInput): Promise<{ updated: number; unreadCount: number }> {
  const me = requireSignedIn(actor);
  const parsed = markReadSchema.safeParse(input);
  if (!parsed.success) throw new Invalid('Send { "all": true } or { "ids": ["…"] }.', fieldErrorsOf(parsed.error));
  const { count } = await db.notification.updateMany({
    where: { userId: me.id, readAt: null, ...(parsed.data.ids ? { id: { in: parsed.data.ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { updated: count, unreadCount: await countUnread(me) };
}
