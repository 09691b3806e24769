import { z } from "zod";
import { flagThread } from "@/lib/forum/flags";
import { threadNumberParam } from "@/lib/forum/params";
import { defineRoute } from "@/lib/http/route";

/** Flag a thread for staff to review (once). */
export const POST = defineRoute({ access: "signed-in", params: threadNumberParam, body: z.unknown() }, async ({ actor, params, body }) =>
  Response.json(await flagThread(actor, params.number, body), { status: 201, headers: { "cache-control": "no-store" } }),
);
