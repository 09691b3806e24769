import { z } from "zod";
import { reportDto } from "@/lib/feedback/dto";
import { getReport } from "@/lib/feedback/reports";
import { defineRoute } from "@/lib/http/route";

/** One report, for those allowed to see it; 404 for everyone else. */
export const GET = defineRoute({ access: "public", params: z.object({ id: z.string().max(64) }) }, async ({ actor, params }) =>
  reportDto(await getReport(actor, params.id)),
);
