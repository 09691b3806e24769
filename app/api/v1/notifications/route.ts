import { defineRoute } from "@/lib/http/route";
import { notificationDto } from "@/lib/notify/dto";
import { listNotifications } from "@/lib/notify/notifications";
import { notificationListSchema } from "@/lib/notify/schemas";

/** The caller's notifications, newest first (`?before=<last id>` for the next page), with the unread count. */
export const GET = defineRoute({ access: "signed-in", query: notificationListSchema }, async ({ actor, query }) => {
  const { notifications, unreadCount, nextCursor } = await listNotifications(actor, query);
  return { notifications: notifications.map(notificationDto), unreadCount, nextCursor };
});
