import { maskEmail, readUnsubscribeLink, unsubscribeWithLink } from "@/lib/notify/preferences";
import { unsubscribeHref } from "@/lib/notify/links";
import { unsubscribePage, type UnsubscribeView } from "@/lib/notify/unsubscribe-page";

// GET shows what the link switches off and a button; POST switches it off without sign-in
// (RFC 8058 one-click: mail clients POST "List-Unsubscribe=One-Click" here). The signed token in
// the query string is the only credential. A bad link answers 400 with a page that says so.

function page(view: UnsubscribeView, status = 200): Response {
  return new Response(unsubscribePage(view), {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "referrer-policy": "no-referrer", "x-robots-tag": "noindex" },
  });
}

function failure(error: unknown): Response {
  console.error("Unsubscribe failed:", error);
  return new Response("Something went wrong on our side. Please try the link again later.", { status: 500, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token");
  try {
    const target = await readUnsubscribeLink(token);
    if (!target) return page({ kind: "invalid" }, 400);
    return page({ kind: "confirm", category: target.category, maskedEmail: maskEmail(target.email), alreadyOff: !target.subscribed, action: unsubscribeHref(token!) });
  } catch (error) {
    return failure(error);
  }
}

export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token");
  try {
    const target = await unsubscribeWithLink(token);
    if (!target) return page({ kind: "invalid" }, 400);
    return page({ kind: "done", category: target.category, maskedEmail: maskEmail(target.email) });
  } catch (error) {
    return failure(error);
  }
}
