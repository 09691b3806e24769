import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { deleteHypercareWindow } from "@/lib/triage/hypercare";

/** Admins: delete a window; items filed during it keep their targets. */
export const DELETE = defineRoute({ access: "staff", params: z.object({ id: z.string().min(1).max(64) }) }, async ({ actor, params, ip }) => {
  await deleteHypercareWindow(actor, params.id, { ip });
  return new Response(null, { status: 204 });
});
