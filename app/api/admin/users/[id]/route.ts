import { z } from "zod";
import { changeUserRole } from "@/lib/users/admin";
import { defineRoute } from "@/lib/http/route";

/** Admins: change a user's role. The body is validated by the domain's shared schema. */
export const PATCH = defineRoute(
  { access: "staff", params: z.object({ id: z.string().min(1).max(64) }), body: z.unknown() },
  async ({ actor, params, body, ip }) => ({ user: await changeUserRole(actor, params.id, body, { ip }) }),
);
