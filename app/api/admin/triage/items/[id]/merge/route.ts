import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { mergeInputSchema, mergeItems } from "@/lib/triage/merge";

/** Staff: close this item as a duplicate of another; its followers move there and are told once. */
export const POST = defineRoute(
  { access: "staff", params: z.object({ id: z.string().min(1).max(64) }), body: mergeInputSchema },
  async ({ actor, params, body, ip }) => {
    await mergeItems(actor, params.id, body.into, { ip });
    return { ok: true };
  },
);
