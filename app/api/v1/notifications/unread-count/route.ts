import { defineRoute } from "@/lib/http/route";
import { countUnread } from "@/lib/notify/notifications";

/** How many of the caller's notifications are unread. */
export const GET = defineRoute({ access: "signed-in" }, async ({ actor }) => ({ unreadCount: await countUnread(actor) }));
