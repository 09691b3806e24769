import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { removeTeamMember } from "@/lib/triage/teams";

const params = z.object({ id: z.string().min(1).max(64), userId: z.string().min(1).max(64) });

/** Admins: remove a member from a team. */
export const DELETE = defineRoute({ access: "staff", params }, async ({ actor, params, ip }) => {
  await removeTeamMember(actor, params.id, params.userId, { ip });
  return new Response(null, { status: 204 });
});
