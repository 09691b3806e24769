import { z } from "zod";
import { reportDto } from "@/lib/feedback/dto";
import { closeOwnReport } from "@/lib/feedback/report-updates";
import { defineRoute } from "@/lib/http/route";

/** The reporter closes their own report. */
export const POST = defineRoute({ access: "signed-in", params: z.object({ id: z.string().max(64) }) }, async ({ actor, params }) =>
  reportDto(await closeOwnReport(actor, params.id)),
);
