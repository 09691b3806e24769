import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { itemPatchSchema, updateItem } from "@/lib/triage/update";

/** Staff: change an item's status, category, severity/impact, assignee, team or labels. */
export const PATCH = defineRoute(
  { access: "staff", params: z.object({ id: z.string().min(1).max(64) }), body: itemPatchSchema },
  async ({ actor, params, body, ip }) => {
    await updateItem(actor, params.id, body, { ip });
    return { ok: true };
  },
);
