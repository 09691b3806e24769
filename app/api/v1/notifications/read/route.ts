import { defineRoute } from "@/lib/http/route";
import { markNotificationsRead } from "@/lib/notify/notifications";
import { markReadSchema } from "@/lib/notify/schemas";

/** Mark all (`{"all": true}`) or some (`{"ids": [...]}`) of the caller's notifications read. */
export const POST = defineRoute({ access: "signed-in", body: markReadSchema }, async ({ actor, body }) => markNotificationsRead(actor, body));
