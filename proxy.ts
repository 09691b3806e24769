import { NextResponse, type NextRequest } from "next/server";
import { isCacheableDocsPath, SESSION_COOKIES } from "@/lib/http/cached-docs";

/**
 * Docs pages for visitors come from Next's cache: a request without a session cookie is rewritten
 * to the copy under app/(cached), which reads no session and shows public APIs only. Signed-in
 * readers get the page rendered per request (partner and staff APIs, their own header). An
 * invalid cookie just means the per-request page, which treats its holder as a visitor.
 */
export function proxy(request: NextRequest): NextResponse {
  if (!isCacheableDocsPath(request.nextUrl.pathname)) return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = `/cached${request.nextUrl.pathname}`;
  return NextResponse.rewrite(target);
}

export const config = { matcher: "/docs/:path+" };
