import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { createView, listViews } from "@/lib/triage/views";

/** Staff: my saved queue views, then the ones others share. */
export const GET = defineRoute({ access: "staff" }, async ({ actor }) => ({ views: await listViews(actor) }));

/** Staff: save the current filters as a view ({name, query, shared}). */
export const POST = defineRoute({ access: "staff", body: z.unknown() }, async ({ actor, body, ip }) =>
  Response.json(await createView(actor, body, { ip }), { status: 201, headers: { "cache-control": "no-store" } }),
);
