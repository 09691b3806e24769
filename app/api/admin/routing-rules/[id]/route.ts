import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { deleteRoutingRule, updateRoutingRule } from "@/lib/triage/routing";

const params = z.object({ id: z.string().min(1).max(64) });

/** Admins: change a rule's team, conditions or enabled flag, or move it ({move: "up"|"down"} or {position}). */
export const PATCH = defineRoute({ access: "staff", params, body: z.unknown() }, async ({ actor, params, body, ip }) => updateRoutingRule(actor, params.id, body, { ip }));

export const DELETE = defineRoute({ access: "staff", params }, async ({ actor, params, ip }) => {
  await deleteRoutingRule(actor, params.id, { ip });
  return new Response(null, { status: 204 });
});
