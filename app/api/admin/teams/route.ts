import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { createTeam, listTeams } from "@/lib/triage/teams";

/** Staff: every team with its members; the default team first. */
export const GET = defineRoute({ access: "staff" }, async ({ actor }) => ({ teams: await listTeams(actor) }));

/** Admins: create a team ({name, slug?}); the first team becomes the default. */
export const POST = defineRoute({ access: "staff", body: z.unknown() }, async ({ actor, body, ip }) =>
  Response.json(await createTeam(actor, body, { ip }), { status: 201, headers: { "cache-control": "no-store" } }),
);
