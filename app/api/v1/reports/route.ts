import { z } from "zod";
import { reportDto, reportHref } from "@/lib/feedback/dto";
import { fileReport, listMyReports } from "@/lib/feedback/reports";
import { defineRoute } from "@/lib/http/route";

/**
 * File a report: 201 with `{id, number, url, status}`. A retried request with the same
 * Idempotency-Key answers 200 with the first report.
 */
export const POST = defineRoute({ access: "session", body: z.unknown() }, async ({ session, body, request }) => {
  const { replayed, ...filed } = await fileReport(session, body, {
    idempotencyKey: request.headers.get("idempotency-key"),
    userAgent: request.headers.get("user-agent"),
    locale: request.headers.get("accept-language")?.split(",")[0] ?? null,
  });
  const url = reportHref(filed.id);
  return Response.json({ ...filed, url }, { status: replayed ? 200 : 201, headers: { location: url, "cache-control": "no-store" } });
});

/** The caller's own reports (`?mine=true`). */
export const GET = defineRoute(
  { access: "signed-in", query: z.object({ mine: z.literal("true", { error: "Only your own reports can be listed: add ?mine=true." }) }) },
  async ({ actor }) => ({ reports: (await listMyReports(actor)).map(reportDto) }),
);
