import "server-only";
import { assertNotLimited, consume, resetLimit, type Limit } from "../rate-limit/limiter";

const FIFTEEN_MINUTES = 15 * 60;
const MESSAGE = "Too many failed sign-in attempts.";

export const FAILED_SIGN_INS_PER_ACCOUNT: Limit = {
  name: "signin-fail-account",
  points: 10,
  durationSeconds: FIFTEEN_MINUTES,
  message: MESSAGE,
};
export const FAILED_SIGN_INS_PER_IP: Limit = {
  name: "signin-fail-ip",
  points: 10,
  durationSeconds: FIFTEEN_MINUTES,
  message: MESSAGE,
};
export const SIGN_UPS_PER_IP: Limit = {
  name: "signup-ip",
  points: 20,
  durationSeconds: 60 * 60,
  message: "Too many accounts were created from your network.",
};

function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Throws RateLimited while either the account or the IP has used up its failures. */
export async function assertSignInAllowed(ip: string, email: string): Promise<void> {
  await assertNotLimited(FAILED_SIGN_INS_PER_IP, ip);
  await assertNotLimited(FAILED_SIGN_INS_PER_ACCOUNT, accountKey(email));
}

export async function recordFailedSignIn(ip: string, email: string): Promise<void> {
  // Count both even if the first is now over its limit; the next attempt is refused up front.
  await Promise.allSettled([
    consume(FAILED_SIGN_INS_PER_IP, ip),
    consume(FAILED_SIGN_INS_PER_ACCOUNT, accountKey(email)),
  ]);
}

/** A successful sign-in clears the account's failures (not the IP's). */
export async function recordSuccessfulSignIn(email: string): Promise<void> {
  await resetLimit(FAILED_SIGN_INS_PER_ACCOUNT, accountKey(email));
}

export async function consumeSignUpAllowance(ip: string): Promise<void> {
  await consume(SIGN_UPS_PER_IP, ip);
}
