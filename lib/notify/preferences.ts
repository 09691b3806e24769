import "server-only";
import { db } from "../db";
import { Invalid } from "../errors";
import { requireSignedIn, type Actor } from "../auth/authorize";
import { fieldErrorsOf } from "../validation";
import { PREFERENCE_FIELD, type EmailCategory } from "./categories";
import { preferencesSchema, type NotificationPreferences } from "./schemas";
import { readUnsubscribeToken } from "./unsubscribe-token";

const DEFAULTS: NotificationPreferences = { emailReports: true, emailForum: true };

/** What the caller wants by email; everything is on until he switches it off. */
export async function getNotificationPreferences(actor: Actor | null): Promise<NotificationPreferences> {
  const me = requireSignedIn(actor);
  const row = await db.notificationPreference.findUnique({ where: { userId: me.id }, select: { emailReports: true, emailForum: true } });
  return row ?? DEFAULTS;
}

export async function updateNotificationPreferences(actor: Actor | null, input: unknown): Promise<NotificationPreferences> {
  const me = requireSignedIn(actor);
  const parsed = preferencesSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the notification settings.", fieldErrorsOf(parsed.error));
  return db.notificationPreference.upsert({
    where: { userId: me.id },
    create: { userId: me.id, ...parsed.data },
    update: parsed.data,
    select: { emailReports: true, emailForum: true },
  });
}

export type UnsubscribeTarget = { category: EmailCategory; email: string; subscribed: boolean };

/**
 * What an unsubscribe link would switch off, for its confirmation page; null for a link that is
 * malformed, forged, or names an account that no longer exists. The signed token is the only
 * credential: no sign-in is needed.
 */
export async function readUnsubscribeLink(token: unknown): Promise<UnsubscribeTarget | null> {
  const named = readUnsubscribeToken(token);
  if (!named) return null;
  const user = await db.user.findUnique({
    where: { id: named.userId },
    select: { email: true, notificationPreference: { select: { emailReports: true, emailForum: true } } },
  });
  if (!user) return null;
  return { category: named.category, email: user.email, subscribed: user.notificationPreference?.[PREFERENCE_FIELD[named.category]] ?? true };
}

/** Switches the link's category off (RFC 8058 one-click). Using a link again changes nothing. */
export async function unsubscribeWithLink(token: unknown): Promise<UnsubscribeTarget | null> {
  const target = await readUnsubscribeLink(token);
  const named = readUnsubscribeToken(token);
  if (!target || !named) return null;
  const off = { [PREFERENCE_FIELD[named.category]]: false };
  await db.notificationPreference.upsert({ where: { userId: named.userId }, create: { userId: named.userId, ...off }, update: off });
  return { ...target, subscribed: false };
}

/** "j…e@example.com": enough for the owner to recognise his address on a page anyone with the link sees. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "your address";
  const local = email.slice(0, at);
  const shown = local.length <= 2 ? `${local[0]}…` : `${local[0]}…${local[local.length - 1]}`;
  return `${shown}${email.slice(at)}`;
}
