import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./schemas";

// OWASP's Argon2id parameters: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2_ID = 2; // Algorithm.Argon2id, a const enum that isolated modules cannot read
const ARGON2_OPTIONS = { algorithm: ARGON2_ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifying against this keeps "unknown email" as slow as "wrong password". */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password-just-for-timing");
  await verifyPassword(await dummyHash, password);
}

let strength: ZxcvbnFactory | undefined;

/**
 * Why a new password is refused, or null when it is acceptable: 12+ characters and not
 * guessable (zxcvbn score 3+ against 49k common passwords, keyboard walks and repeats,
 * and the user's own email).
 */
export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  strength ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  const result = strength.check(password, userInputs.flatMap((s) => [s, ...s.split(/[@.+_-]/)]));
  if (result.score >= 3) return null;
  return "This password is too common or too easy to guess. Try a longer phrase of unrelated words.";
}
