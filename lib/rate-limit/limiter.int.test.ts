import { describe, expect, it } from "vitest";
import { RateLimited } from "../errors";
import { assertSignInAllowed, recordFailedSignIn, recordSuccessfulSignIn } from "../auth/sign-in-limits";
import { consume, type Limit } from "./limiter";

const unique = () => `k${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

describe("failed sign-in limits", () => {
  it("lock an account after 10 failures for 15 minutes, whatever the IP", async () => {
    const email = `${unique()}@example.com`;
    for (let i = 0; i < 10; i++) {
      await assertSignInAllowed(`198.51.100.${i}`, email);
      await recordFailedSignIn(`198.51.100.${i}`, email);
    }
    const error = await assertSignInAllowed("203.0.113.200", email).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimited);
    expect((error as RateLimited).message).toMatch(/Too many failed sign-in attempts\. Try again in 1[45] minutes\./);
    expect((error as RateLimited).retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect((error as RateLimited).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it("lock an IP after 10 failures across different accounts", async () => {
    const ip = `ip-${unique()}`;
    for (let i = 0; i < 10; i++) await recordFailedSignIn(ip, `${unique()}@example.com`);
    await expect(assertSignInAllowed(ip, `${unique()}@example.com`)).rejects.toBeInstanceOf(RateLimited);
    await expect(assertSignInAllowed(`ip-${unique()}`, `${unique()}@example.com`)).resolves.toBeUndefined();
  });

  it("forget an account's failures after a successful sign-in", async () => {
    const email = `${unique()}@example.com`;
    for (let i = 0; i < 9; i++) await recordFailedSignIn(`ip-${unique()}`, email);
    await recordSuccessfulSignIn(email);
    await recordFailedSignIn(`ip-${unique()}`, email);
    await expect(assertSignInAllowed(`ip-${unique()}`, email)).resolves.toBeUndefined();
  });
});

describe("consume", () => {
  it("counts concurrent hits exactly, as two app instances would make them", async () => {
    const limit: Limit = { name: `test-${unique()}`, points: 5, durationSeconds: 60, message: "Slow down." };
    const key = unique();
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => consume(limit, key)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(3);
    expect(refused.every((r) => r.reason instanceof RateLimited)).toBe(true);
  });
});
