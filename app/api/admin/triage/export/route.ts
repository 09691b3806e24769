import { defineRoute } from "@/lib/http/route";
import { exportQueue } from "@/lib/triage/export";
import { parseQueueQuery } from "@/lib/triage/queue-request";

/** Staff: the queue's current view (same filters and sort) as CSV, up to 50,000 rows. */
export const GET = defineRoute({ access: "staff" }, async ({ actor, request, ip }) => {
  const exported = await exportQueue(actor, parseQueueQuery(new URL(request.url).searchParams), { ip });
  return new Response(exported.csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${exported.filename}"`,
      "cache-control": "no-store",
      "x-export-rows": String(exported.rows),
      ...(exported.truncated ? { "x-export-truncated": "true" } : {}),
    },
  });
});
