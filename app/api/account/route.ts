import { z } from "zod";
import { signUp } from "@/lib/auth/accounts";
import { consumeSignUpAllowance } from "@/lib/auth/sign-in-limits";
import { defineRoute } from "@/lib/http/route";

/** The signed-in user's own account. */
export const GET = defineRoute({ access: "signed-in" }, async ({ actor }) => ({ account: actor }));

/** Sign up: creates a developer account. The password rules are checked in the domain. */
export const POST = defineRoute(
  { access: "public", body: z.unknown() },
  async ({ body, ip }) => {
    await consumeSignUpAllowance(ip);
    const user = await signUp(body);
    return Response.json({ account: { ...user, role: "developer" } }, { status: 201 });
  },
);
