import "server-only";
import type { Tx } from "../db";
import type { NotificationKind } from "../generated/prisma/enums";
import { categoryOf, EMAIL_CATEGORY_LABELS, PREFERENCE_FIELD } from "./categories";
import { renderEmail } from "./email-content";
import { absoluteUrl, isPortalPath, notificationSettingsHref, unsubscribeUrl } from "./links";
import { excerpt } from "./text";

export type NotifyInput = {
  userIds: readonly string[];
  kind: NotificationKind;
  /** One line, shown in the bell and as the email's headline. */
  title: string;
  /** Plain text (never HTML): a short excerpt in the bell, the full text in the email. */
  body?: string | null;
  /** Path in the portal that the notification opens. */
  url: string;
  /** Who caused it: never notified about his own action. */
  actorId?: string | null;
  /**
   * For confidential items (security reports): only their owner (if any), security staff and admins are
   * ever notified, whoever else is asked for, and the email says only that there is news.
   */
  confidential?: { ownerId?: string };
  /** Email overrides; `false` keeps it in-app only. */
  email?: false | { subject?: string; reason?: string; actionLabel?: string };
};

export type NotifyResult = { notified: string[]; emailed: string[] };

const TITLE_MAX = 200;
const BODY_MAX = 280;

/**
 * Notifies users in the caller's transaction, so notifications exist exactly when their cause
 * does: in-app rows for everyone, and a queued email for those who did not switch the category
 * off (default on). The email worker sends later; nothing here can fail on a mail server.
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<NotifyResult> {
  if (!isPortalPath(input.url)) throw new Error(`Notification URLs are portal paths; got ${JSON.stringify(input.url)}.`);
  const wanted = [...new Set(input.userIds)].filter((id) => id && id !== input.actorId);
  if (wanted.length === 0) return { notified: [], emailed: [] };

  const users = await tx.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, email: true, name: true, role: true, notificationPreference: { select: { emailReports: true, emailForum: true } } },
  });
  const confidential = input.confidential !== undefined;
  const owner = input.confidential?.ownerId;
  const recipients = users.filter((u) => !confidential || u.id === owner || u.role === "security" || u.role === "admin");
  if (recipients.length === 0) return { notified: [], emailed: [] };

  const title = excerpt(input.title, TITLE_MAX);
  const body = input.body?.trim() ? input.body.trim() : null;
  await tx.notification.createMany({
    data: recipients.map((u) => ({ userId: u.id, kind: input.kind, title, body: body ? excerpt(body, BODY_MAX) : null, url: input.url })),
  });

  const category = categoryOf(input.kind);
  const emailed = input.email === false ? [] : recipients.filter((u) => u.notificationPreference?.[PREFERENCE_FIELD[category]] ?? true);
  if (emailed.length > 0 && input.email !== false) {
    const options = input.email ?? {};
    const actionUrl = absoluteUrl(input.url);
    const settingsUrl = absoluteUrl(notificationSettingsHref);
    await tx.emailMessage.createMany({
      data: emailed.map((u) => {
        const unsubscribe = unsubscribeUrl(u.id, category);
        const content = renderEmail({
          subject: !confidential ? (options.subject ?? title) : "An update on a security report",
          recipientName: u.name,
          // A confidential item's details stay in the portal, behind sign-in.
          headline: !confidential ? title : "There is news on a security report you can see. Sign in to read it.",
          details: !confidential ? body : null,
          action: { label: options.actionLabel ?? "Open in the portal", url: actionUrl },
          reason: options.reason ?? `your ${EMAIL_CATEGORY_LABELS[category].label.toLowerCase()} notifications are on`,
          unsubscribe: { label: `Unsubscribe from ${EMAIL_CATEGORY_LABELS[category].label.toLowerCase()} emails`, url: unsubscribe },
          settingsUrl,
        });
        return { userId: u.id, to: u.email, subject: content.subject, text: content.text, html: content.html, unsubscribeUrl: unsubscribe };
      }),
    });
  }
  return { notified: recipients.map((u) => u.id), emailed: emailed.map((u) => u.id) };
}
