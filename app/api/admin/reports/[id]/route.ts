import { z } from "zod";
import { reportDto } from "@/lib/feedback/dto";
import { changeReportStatus, statusChangeSchema } from "@/lib/feedback/report-staff";
import { defineRoute } from "@/lib/http/route";

/** Staff: move a report to another status, optionally with a public note; the followers are notified. */
export const PATCH = defineRoute(
  { access: "staff", params: z.object({ id: z.string().min(1).max(64) }), body: statusChangeSchema },
  async ({ actor, params, body, ip }) => reportDto(await changeReportStatus(actor, params.id, body.status, body.note, { ip })),
);
