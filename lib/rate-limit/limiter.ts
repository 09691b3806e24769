import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "../db";
import { RateLimited, describeWait } from "../errors";

/**
 * A fixed-window limit whose counters live in PostgreSQL (rate-limiter-flexible's Prisma
 * store), so every app instance sharing the database enforces the same limit.
 */
export type Limit = { name: string; points: number; durationSeconds: number; message: string };

const limiters = new Map<string, RateLimiterPrisma>();

function limiterFor(limit: Limit): RateLimiterPrisma {
  let limiter = limiters.get(limit.name);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimiterFlexible",
      keyPrefix: limit.name,
      points: limit.points,
      duration: limit.durationSeconds,
    });
    limiters.set(limit.name, limiter);
  }
  return limiter;
}

function tooMany(limit: Limit, res: RateLimiterRes): RateLimited {
  const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return new RateLimited(`${limit.message} Try again in ${describeWait(seconds)}.`, seconds);
}

/** Counts one attempt; throws RateLimited once the window's allowance is used up. */
export async function consume(limit: Limit, key: string, points = 1): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await limiterFor(limit).consume(key, points);
      return;
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooMany(limit, error);
      // Two first hits on one key race to insert its row; the loser counts again as an update.
      if ((error as { code?: string }).code === "P2002" && attempt < 3) continue;
      throw error;
    }
  }
}

/** Throws RateLimited if the key has no allowance left, without counting an attempt. */
export async function assertNotLimited(limit: Limit, key: string): Promise<void> {
  const res = await limiterFor(limit).get(key);
  if (res && res.consumedPoints >= limit.points) throw tooMany(limit, res);
}

export async function resetLimit(limit: Limit, key: string): Promise<void> {
  await limiterFor(limit).delete(key);
}
