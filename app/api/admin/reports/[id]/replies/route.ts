import { z } from "zod";
import { reportDto } from "@/lib/feedback/dto";
import { replyToReport, staffReplySchema } from "@/lib/feedback/report-staff";
import { defineRoute } from "@/lib/http/route";

/** Staff: a public reply on a report's timeline; the followers are notified. */
export const POST = defineRoute(
  { access: "staff", params: z.object({ id: z.string().min(1).max(64) }), body: staffReplySchema },
  async ({ actor, params, body, ip }) => Response.json(reportDto(await replyToReport(actor, params.id, body.body, { ip })), { status: 201, headers: { "cache-control": "no-store" } }),
);
