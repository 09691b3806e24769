import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { deleteCannedReply, updateCannedReply } from "@/lib/triage/canned-replies";

const params = z.object({ id: z.string().min(1).max(64) });

/** Admins: change a canned reply's title and/or body. */
export const PATCH = defineRoute({ access: "staff", params, body: z.unknown() }, async ({ actor, params, body, ip }) => updateCannedReply(actor, params.id, body, { ip }));

export const DELETE = defineRoute({ access: "staff", params }, async ({ actor, params, ip }) => {
  await deleteCannedReply(actor, params.id, { ip });
  return new Response(null, { status: 204 });
});
