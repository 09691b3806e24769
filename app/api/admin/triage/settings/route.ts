import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { getTriageSettingsForAdmin, saveTriageSettings } from "@/lib/triage/settings";

/** Staff: the triage settings (priority matrix, SLA targets, clock calendar, hypercare factor). */
export const GET = defineRoute({ access: "staff" }, async ({ actor }) => getTriageSettingsForAdmin(actor));

/** Admins: replace the triage settings. The body is validated by the settings' shared schema. */
export const PUT = defineRoute({ access: "staff", body: z.unknown() }, async ({ actor, body, ip }) => saveTriageSettings(actor, body, { ip }));
