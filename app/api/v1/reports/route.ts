import { z } from "zod";
import { reportDto } from "@/lib/feedback/dto";
import { createReport, listMyReports } from "@/lib/feedback/reports";
import { defineRoute } from "@/lib/http/route";

/** File a report. A retried request with the same Idempotency-Key answers 200 with the first report. */
export const POST = defineRoute({ access: "signed-in", body: z.unknown() }, async ({ actor, body, request }) => {
  const { report, replayed } = await createReport(actor, body, {
    idempotencyKey: request.headers.get("idempotency-key"),
    userAgent: request.headers.get("user-agent"),
    locale: request.headers.get("accept-language")?.split(",")[0] ?? null,
  });
  return Response.json(reportDto(report), { status: replayed ? 200 : 201, headers: { location: reportDto(report).url, "cache-control": "no-store" } });
});

/** The caller's own reports (`?mine=true`). */
export const GET = defineRoute(
  { access: "signed-in", query: z.object({ mine: z.literal("true", { error: "Only your own reports can be listed: add ?mine=true." }) }) },
  async ({ actor }) => ({ reports: (await listMyReports(actor)).map(reportDto) }),
);
