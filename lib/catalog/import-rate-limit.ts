import "server-only";
import type { Actor } from "../auth/authorize";
import { consume, type Limit } from "../rate-limit/limiter";

/** Uploads are parsed and validated in full, so each admin gets a budget of them. */
export const IMPORTS_PER_ADMIN: Limit = {
  name: "catalog-import-admin",
  points: 30,
  durationSeconds: 10 * 60,
  message: "Too many imports in a short time.",
};

export async function consumeImportAllowance(admin: Actor): Promise<void> {
  await consume(IMPORTS_PER_ADMIN, admin.id);
}
