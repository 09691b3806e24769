import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { updateItems } from "@/lib/triage/update";

const bulkSchema = z.object({
  ids: z.array(z.string().min(1).max(64), { error: "Give the ids of the items to change." }).min(1, "Select at least one item.").max(200, "Change at most 200 items at once."),
  // Validated by updateItems with the same schema as the single-item PATCH.
  patch: z.unknown(),
});

/** Staff: the same change on several items; each is checked on its own and the refused ones are named. */
export const POST = defineRoute({ access: "staff", body: bulkSchema }, async ({ actor, body, ip }) => updateItems(actor, body.ids, body.patch, { ip }));
