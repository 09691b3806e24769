import { listUsers } from "@/lib/users/admin";
import { userSearchSchema } from "@/lib/users/schemas";
import { defineRoute } from "@/lib/http/route";

/** Admins: search users by email or name, optionally by role. */
export const GET = defineRoute({ access: "staff", query: userSearchSchema }, async ({ actor, query }) =>
  listUsers(actor, query),
);
