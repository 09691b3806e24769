import { z } from "zod";
import { markAffected, unmarkAffected } from "@/lib/feedback/affected";
import { defineRoute } from "@/lib/http/route";

const params = z.object({ id: z.string().max(64) });

/** "Affects me too" on a public report, optionally naming the app (`{app}`); again to change the app. */
export const PUT = defineRoute({ access: "signed-in", params, body: z.unknown() }, async ({ actor, params, body }) => markAffected(actor, params.id, body));

/** No longer affected. */
export const DELETE = defineRoute({ access: "signed-in", params }, async ({ actor, params }) => unmarkAffected(actor, params.id));
