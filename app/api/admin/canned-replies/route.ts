import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { createCannedReply, listCannedReplies } from "@/lib/triage/canned-replies";

/** Staff: the canned replies, alphabetically. */
export const GET = defineRoute({ access: "staff" }, async ({ actor }) => ({ replies: await listCannedReplies(actor) }));

/** Admins: add a canned reply ({title, body}; body is Markdown). */
export const POST = defineRoute({ access: "staff", body: z.unknown() }, async ({ actor, body, ip }) =>
  Response.json(await createCannedReply(actor, body, { ip }), { status: 201, headers: { "cache-control": "no-store" } }),
);
