import { defineRoute } from "@/lib/http/route";
import { assignablePeople } from "@/lib/triage/people";

/** Staff: every staff member (with roles and teams) and the teams, for the queue's assign picker. */
export const GET = defineRoute({ access: "staff" }, async ({ actor }) => assignablePeople(actor));
