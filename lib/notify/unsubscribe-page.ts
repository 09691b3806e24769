import { EMAIL_CATEGORY_LABELS, type EmailCategory } from "./categories";
import { escapeHtml } from "./text";

// The unsubscribe address answers GET (a confirmation page with a button) and POST (RFC 8058
// one-click, from mail clients and from that button) at the same URL, so it is a route handler
// that writes a small self-contained page rather than a portal page.

export type UnsubscribeView =
  | { kind: "confirm"; category: EmailCategory; maskedEmail: string; alreadyOff: boolean; action: string }
  | { kind: "done"; category: EmailCategory; maskedEmail: string }
  | { kind: "invalid" };

const SETTINGS = "/account#notifications";

export function unsubscribePage(view: UnsubscribeView): string {
  const label = view.kind === "invalid" ? "" : EMAIL_CATEGORY_LABELS[view.category].label.toLowerCase();
  let title: string;
  let body: string;
  switch (view.kind) {
    case "confirm":
      title = `Unsubscribe from ${label} emails`;
      body = view.alreadyOff
        ? `<p>${escapeHtml(view.maskedEmail)} gets no ${escapeHtml(label)} emails any more. Nothing to do.</p>
<p><a href="${SETTINGS}">Notification settings</a></p>`
        : `<p>Stop emails about ${escapeHtml(label)} to <strong>${escapeHtml(view.maskedEmail)}</strong>? Notifications in the portal stay on.</p>
<form method="post" action="${escapeHtml(view.action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>
<p class="muted">Changed your mind? Keep this page closed, or choose what you get in your <a href="${SETTINGS}">notification settings</a>.</p>`;
      break;
    case "done":
      title = "You are unsubscribed";
      body = `<p>${escapeHtml(view.maskedEmail)} will get no more ${escapeHtml(label)} emails. Notifications in the portal stay on.</p>
<p>To turn them back on, sign in and open your <a href="${SETTINGS}">notification settings</a>.</p>`;
      break;
    case "invalid":
      title = "This unsubscribe link does not work";
      body = `<p>The link is incomplete or was changed. Copy the whole link from the email, or sign in and switch emails off in your <a href="${SETTINGS}">notification settings</a>.</p>`;
      break;
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer"><title>${escapeHtml(title)} · Hypercare Portal</title>
<style>
:root{color-scheme:light dark;font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
body{margin:0;background:#f8fafc;color:#0f172a;line-height:1.5}
main{max-width:32rem;margin:10vh auto;padding:2rem 1.5rem;background:#fff;border:1px solid #e2e8f0;border-radius:12px}
h1{font-size:1.4rem;margin:0 0 1rem}a{color:#1d40d8}.muted{color:#475569;font-size:.9rem}
.brand{display:block;margin-bottom:1.5rem;font-weight:600;color:inherit;text-decoration:none}
button{font:inherit;font-weight:600;color:#fff;background:#2552eb;border:0;border-radius:8px;padding:.6rem 1.1rem;cursor:pointer}
button:hover{background:#1d40d8}button:focus-visible,a:focus-visible{outline:2px solid #2552eb;outline-offset:2px}
@media (prefers-color-scheme:dark){body{background:#020617;color:#f1f5f9}main{background:#0f172a;border-color:#1e293b}a{color:#93b4fd}.muted{color:#94a3b8}button{background:#3b6ef6;color:#020617}button:hover{background:#6090fa}}
@media (max-width:36rem){main{margin:0;border:0;border-radius:0;min-height:100vh;box-sizing:border-box}}
</style></head>
<body><main><a class="brand" href="/">Hypercare Portal</a><h1>${escapeHtml(title)}</h1>
${body}
</main></body></html>
`;
}
