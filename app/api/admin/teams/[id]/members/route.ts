import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { addTeamMember } from "@/lib/triage/teams";

/** Admins: add a staff member to a team ({userId}). */
export const POST = defineRoute({ access: "staff", params: z.object({ id: z.string().min(1).max(64) }), body: z.unknown() }, async ({ actor, params, body, ip }) =>
  Response.json(await addTeamMember(actor, params.id, body, { ip }), { status: 201, headers: { "cache-control": "no-store" } }),
);
