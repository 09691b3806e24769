import { resolveFlag, flagResolutionSchema } from "@/lib/forum/flags";
import { idParam } from "@/lib/forum/params";
import { defineRoute } from "@/lib/http/route";

/** Staff: mark a flag resolved ({resolved: true}) or open again. */
export const PATCH = defineRoute({ access: "staff", params: idParam, body: flagResolutionSchema }, async ({ actor, params, body, ip }) => {
  const flag = await resolveFlag(actor, params.id, body, { ip });
  return { id: flag.id, resolvedAt: flag.resolvedAt?.toISOString() ?? null };
});
