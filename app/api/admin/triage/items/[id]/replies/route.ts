import { z } from "zod";
import { commentInputSchema } from "@/lib/feedback/schemas";
import { defineRoute } from "@/lib/http/route";
import { replyPublicly } from "@/lib/triage/answers";

/** Staff: a public reply to the reporter (and, for public reports, everyone who follows it). */
export const POST = defineRoute(
  { access: "staff", params: z.object({ id: z.string().min(1).max(64) }), body: commentInputSchema },
  async ({ actor, params, body, ip }) => {
    await replyPublicly(actor, params.id, body, { ip });
    return Response.json({ ok: true }, { status: 201 });
  },
);
