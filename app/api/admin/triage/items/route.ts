import { defineRoute } from "@/lib/http/route";
import { queuePage } from "@/lib/triage/queue-page";
import { parseQueueQuery } from "@/lib/triage/queue-request";

/** Staff: one page of the triage queue (filters, sort and cursor as in /admin/triage's address). */
export const GET = defineRoute({ access: "staff" }, async ({ actor, request }) => queuePage(actor, parseQueueQuery(new URL(request.url).searchParams)));
