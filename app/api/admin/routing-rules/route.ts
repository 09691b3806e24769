import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { createRoutingRule, listRoutingRules } from "@/lib/triage/routing";

/** Staff: the routing rules in the order new items are matched against them. */
export const GET = defineRoute({ access: "staff" }, async ({ actor }) => ({ rules: await listRoutingRules(actor) }));

/** Admins: add a rule at the end ({teamId, apiId?, operationPattern?, category?, keyword?, enabled?}). */
export const POST = defineRoute({ access: "staff", body: z.unknown() }, async ({ actor, body, ip }) =>
  Response.json(await createRoutingRule(actor, body, { ip }), { status: 201, headers: { "cache-control": "no-store" } }),
);
