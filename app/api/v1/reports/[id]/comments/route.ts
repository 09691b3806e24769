import { z } from "zod";
import { reportDto } from "@/lib/feedback/dto";
import { addReportComment } from "@/lib/feedback/report-updates";
import { defineRoute } from "@/lib/http/route";

/** Add a comment to an open report (its reporter, or staff). */
export const POST = defineRoute(
  { access: "signed-in", params: z.object({ id: z.string().max(64) }), body: z.unknown() },
  async ({ actor, params, body }) => Response.json(reportDto(await addReportComment(actor, params.id, body)), { status: 201 }),
);
