import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { deleteView } from "@/lib/triage/views";

/** Staff: delete my view; admins may also delete a shared one. */
export const DELETE = defineRoute({ access: "staff", params: z.object({ id: z.string().min(1).max(64) }) }, async ({ actor, params, ip }) => {
  await deleteView(actor, params.id, { ip });
  return new Response(null, { status: 204 });
});
