import { z } from "zod";
import { commentInputSchema } from "@/lib/feedback/schemas";
import { defineRoute } from "@/lib/http/route";
import { addInternalNote } from "@/lib/triage/answers";

/** Staff: an internal note on the item's timeline, never shown to the reporter. */
export const POST = defineRoute(
  { access: "staff", params: z.object({ id: z.string().min(1).max(64) }), body: commentInputSchema },
  async ({ actor, params, body, ip }) => {
    await addInternalNote(actor, params.id, body, { ip });
    return Response.json({ ok: true }, { status: 201 });
  },
);
