import { getCsrfToken } from "next-auth/react";

export type SignInResult = { ok: true } | { ok: false; message: string };

/**
 * Signs in through next-auth's credentials callback, reading the portal's own 429 answer
 * (with its "try again in" message) that next-auth/react's signIn() would hide.
 */
export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  const csrfToken = await getCsrfToken();
  if (!csrfToken) return { ok: false, message: "Could not reach the sign-in service. Check your connection and try again." };
  const response = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-auth-return-redirect": "1" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string; detail?: string };
  if (response.status === 429) return { ok: false, message: body.detail ?? "Too many attempts. Try again later." };
  if (!response.ok || !body.url || body.url.includes("error=")) {
    return { ok: false, message: "That email and password do not match an account." };
  }
  return { ok: true };
}
