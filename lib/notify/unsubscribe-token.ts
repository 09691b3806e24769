import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../env";
import { isEmailCategory, type EmailCategory } from "./categories";

// One-click unsubscribe links name a user and a category and are signed with a key derived from
// the auth secret (NEXTAUTH_SECRET, which every instance shares), so they need no sign-in and no
// stored state, and nobody can make one for another user. They do not expire: an old email's
// link must keep working (RFC 8058), and using one twice changes nothing.

const DEVELOPMENT_SECRET = "hypercare-development-secret-never-used-in-production";

function signingKey(): Buffer {
  const secret = env.NEXTAUTH_SECRET ?? (env.NODE_ENV === "production" ? undefined : DEVELOPMENT_SECRET);
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: unsubscribe links cannot be signed.");
  // A key of its own, so a token never doubles as anything signed with the session secret.
  return createHmac("sha256", secret).update("hypercare/unsubscribe/v1").digest();
}

function signature(userId: string, category: EmailCategory): Buffer {
  return createHmac("sha256", signingKey()).update(`${userId}\n${category}`).digest();
}

export function unsubscribeToken(userId: string, category: EmailCategory): string {
  return `${Buffer.from(userId).toString("base64url")}.${category}.${signature(userId, category).toString("base64url")}`;
}

/** The user and category a token names, or null for anything malformed, tampered with or forged. */
export function readUnsubscribeToken(token: unknown): { userId: string; category: EmailCategory } | null {
  if (typeof token !== "string" || token.length > 300) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [encodedUser, category, encodedSignature] = parts as [string, string, string];
  if (!isEmailCategory(category) || !/^[A-Za-z0-9_-]+$/.test(encodedUser) || !/^[A-Za-z0-9_-]{43}$/.test(encodedSignature)) return null;
  const userId = Buffer.from(encodedUser, "base64url").toString("utf8");
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(userId)) return null;
  const given = Buffer.from(encodedSignature, "base64url");
  const expected = signature(userId, category);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, category };
}
