import { randomBytes } from "node:crypto";

/**
 * A collision-resistant id in the same shape as Prisma's `cuid()` defaults ("c" + time + random,
 * lowercase letters and digits), for rows inserted with raw SQL.
 */
export function newId(): string {
  const random = BigInt(`0x${randomBytes(10).toString("hex")}`).toString(36).padStart(16, "0").slice(0, 16);
  return `c${Date.now().toString(36)}${random}`;
}
