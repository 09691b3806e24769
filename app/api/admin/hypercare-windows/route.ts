import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { createHypercareWindow, listHypercareWindows } from "@/lib/triage/hypercare";

/** Staff: every hypercare window, newest start first. */
export const GET = defineRoute({ access: "staff" }, async ({ actor }) => ({ windows: await listHypercareWindows(actor) }));

/** Admins: mark a window on an API version ({versionId, startsAt, endsAt, factor?}). */
export const POST = defineRoute({ access: "staff", body: z.unknown() }, async ({ actor, body, ip }) =>
  Response.json(await createHypercareWindow(actor, body, { ip }), { status: 201, headers: { "cache-control": "no-store" } }),
);
