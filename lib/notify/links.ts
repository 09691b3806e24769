import "server-only";
import { env } from "../env";
import type { EmailCategory } from "./categories";
import { unsubscribeToken } from "./unsubscribe-token";

/** Where the portal's notification pages live; emails link to absolute versions of these. */
export const notificationsHref = "/notifications";
export const notificationSettingsHref = "/account#notifications";
export const unsubscribeHref = (token: string) => `/unsubscribe?token=${encodeURIComponent(token)}`;

/** The portal's public address (NEXTAUTH_URL), which emails need for their links. */
export function absoluteUrl(path: string): string {
  return new URL(path, env.NEXTAUTH_URL ?? "http://localhost:3000").toString();
}

export function unsubscribeUrl(userId: string, category: EmailCategory): string {
  return absoluteUrl(unsubscribeHref(unsubscribeToken(userId, category)));
}

/** A path inside the portal ("/reports/abc"), never another site ("//evil.example", "https://…"). */
export function isPortalPath(url: string): boolean {
  return /^\/(?![/\\])/.test(url) && !/[\s\\]/.test(url);
}
