import { defineRoute } from "@/lib/http/route";
import { getNotificationPreferences, updateNotificationPreferences } from "@/lib/notify/preferences";
import { preferencesSchema } from "@/lib/notify/schemas";

/** Which notifications the caller also gets by email. */
export const GET = defineRoute({ access: "signed-in" }, async ({ actor }) => getNotificationPreferences(actor));

export const PUT = defineRoute({ access: "signed-in", body: preferencesSchema }, async ({ actor, body }) => updateNotificationPreferences(actor, body));
