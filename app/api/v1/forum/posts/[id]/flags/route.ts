import { z } from "zod";
import { flagPost } from "@/lib/forum/flags";
import { idParam } from "@/lib/forum/params";
import { defineRoute } from "@/lib/http/route";

/** Flag a reply for staff to review (once). */
export const POST = defineRoute({ access: "signed-in", params: idParam, body: z.unknown() }, async ({ actor, params, body }) =>
  Response.json(await flagPost(actor, params.id, body), { status: 201, headers: { "cache-control": "no-store" } }),
);
