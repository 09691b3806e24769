import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { deleteTeam, updateTeam } from "@/lib/triage/teams";

const params = z.object({ id: z.string().min(1).max(64) });

/** Admins: rename a team ({name}) and/or make it the default ({isDefault: true}). */
export const PATCH = defineRoute({ access: "staff", params, body: z.unknown() }, async ({ actor, params, body, ip }) => updateTeam(actor, params.id, body, { ip }));

/** Admins: delete a team that is not the default and has no routing rules; its items move to the default team. */
export const DELETE = defineRoute({ access: "staff", params }, async ({ actor, params, ip }) => deleteTeam(actor, params.id, { ip }));
