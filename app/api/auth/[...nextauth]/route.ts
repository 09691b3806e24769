import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { assertSignInAllowed, recordFailedSignIn, recordSuccessfulSignIn } from "@/lib/auth/sign-in-limits";
import { clientIp } from "@/lib/http/client-ip";
import { errorResponse } from "@/lib/http/problem";

const nextAuth = NextAuth(authOptions);

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

/** Only a response that sets a session cookie is a success; anything else counts as a failure. */
function signedIn(response: Response): boolean {
  return response.headers.getSetCookie().some((cookie) => /session-token=[^;]+/.test(cookie));
}

/** Credential sign-ins are limited per account and per IP before next-auth sees them. */
async function limitedCredentialsSignIn(request: Request, context: NextAuthContext): Promise<Response> {
  const form = await request.clone().formData().catch(() => null);
  const email = String(form?.get("email") ?? "");
  const ip = clientIp(request.headers);
  try {
    await assertSignInAllowed(ip, email);
  } catch (error) {
    const response = errorResponse(error, "/api/auth/callback/credentials");
    // next-auth/react's signIn() reads `url` from the body; keep it readable for that client too.
    if (response.status !== 429) return response;
    const problem = await response.json();
    return Response.json({ ...problem, url: `/signin?error=RateLimited` }, {
      status: 429,
      headers: { "content-type": "application/problem+json", "retry-after": response.headers.get("retry-after") ?? "60" },
    });
  }
  const response: Response = await nextAuth(request, context);
  if (signedIn(response)) await recordSuccessfulSignIn(email);
  else await recordFailedSignIn(ip, email);
  return response;
}

export async function GET(request: Request, context: NextAuthContext): Promise<Response> {
  return nextAuth(request, context);
}

export async function POST(request: Request, context: NextAuthContext): Promise<Response> {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") return limitedCredentialsSignIn(request, context);
  return nextAuth(request, context);
}
