import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "@/lib/auth/session-cookie";
import { docsApiOf } from "@/lib/http/cached-docs";

/**
 * Docs pages come from Next's cache (app/(cached)) whenever the page is the same for every reader:
 * - no session cookie: the visitors' copy (public APIs only, "Sign in" in the header);
 * - signed in, public API: the members' copy, whose header asks the browser who is reading;
 * - signed in, another API: rendered per request, where the domain layer checks the reader's role.
 * This only picks a rendering: the cached copies render as a visitor and so show public APIs only.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const api = docsApiOf(request.nextUrl.pathname);
  if (!api) return NextResponse.next();
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (signedIn && !(await isPublicApi(api, request.nextUrl.origin))) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = `/cached/${signedIn ? "member" : "visitor"}${request.nextUrl.pathname}`;
  return NextResponse.rewrite(target);
}

export const config = { matcher: "/docs/:path+" };

// The public APIs' slugs, as a visitor's catalog lists them; refreshed every 30 s per instance.
const PUBLIC_APIS_TTL_MS = 30_000;
let publicApis: { slugs: Set<string>; at: number } | undefined;

async function isPublicApi(slug: string, origin: string): Promise<boolean> {
  if (!publicApis || Date.now() - publicApis.at > PUBLIC_APIS_TTL_MS) {
    try {
      const res = await fetch(new URL("/api/v1/apis", origin), { headers: { accept: "application/json" }, cache: "no-store" });
      if (!res.ok) return false;
      const body = (await res.json()) as { apis: { slug: string }[] };
      publicApis = { slugs: new Set(body.apis.map((a) => a.slug)), at: Date.now() };
    } catch {
      return false; // the per-request page is always right, only slower
    }
  }
  return publicApis.slugs.has(slug);
}
