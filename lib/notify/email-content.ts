import { escapeHtml } from "./text";

export type EmailContent = { subject: string; text: string; html: string };

export type EmailParts = {
  subject: string;
  /** "Jane", or null for a plain greeting. */
  recipientName: string | null;
  /** One sentence saying what happened. */
  headline: string;
  /** Further plain text (a reply, a note); shown as text, never as HTML. */
  details?: string | null;
  action: { label: string; url: string };
  /** Why the recipient gets this email, e.g. "you reported this issue or follow it". */
  reason: string;
  unsubscribe: { label: string; url: string };
  settingsUrl: string;
};

const PRODUCT = "Hypercare Portal";

/**
 * A notification email as plain text and simple HTML with the same content: what happened, a
 * link to the item, and a footer with the one-click unsubscribe link. Every value is escaped.
 */
export function renderEmail(parts: EmailParts): EmailContent {
  const greeting = parts.recipientName ? `Hi ${parts.recipientName},` : "Hi,";
  const details = parts.details?.trim() || null;
  const text = [
    greeting,
    "",
    parts.headline,
    ...(details ? ["", details] : []),
    "",
    `${parts.action.label}: ${parts.action.url}`,
    "",
    "-- ",
    `You get this email from ${PRODUCT} because ${parts.reason}.`,
    `${parts.unsubscribe.label}: ${parts.unsubscribe.url}`,
    `All notification settings: ${parts.settingsUrl}`,
    "",
  ].join("\n");

  const paragraphs = details
    ? details
        .split(/\n{2,}/)
        .map((p) => `<p style="margin:0 0 12px;white-space:pre-wrap">${escapeHtml(p)}</p>`)
        .join("")
    : "";
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(parts.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;color:#0f172a;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:15px;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:12px;padding:24px">
<p style="margin:0 0 12px">${escapeHtml(greeting)}</p>
<p style="margin:0 0 16px;font-weight:600">${escapeHtml(parts.headline)}</p>
${details ? `<div style="margin:0 0 16px;padding:12px 16px;border-left:3px solid #cbd5e1;color:#334155">${paragraphs}</div>` : ""}
<p style="margin:0 0 8px"><a href="${escapeHtml(parts.action.url)}" style="display:inline-block;background:#2552eb;color:#ffffff;text-decoration:none;font-weight:600;padding:10px 16px;border-radius:8px">${escapeHtml(parts.action.label)}</a></p>
</div>
<p style="max-width:560px;margin:16px auto 0;color:#64748b;font-size:12px">You get this email from ${PRODUCT} because ${escapeHtml(parts.reason)}.
<a href="${escapeHtml(parts.unsubscribe.url)}" style="color:#475569">${escapeHtml(parts.unsubscribe.label)}</a> ·
<a href="${escapeHtml(parts.settingsUrl)}" style="color:#475569">All notification settings</a></p>
</body></html>
`;
  return { subject: parts.subject, text, html };
}
