import { describe, expect, it } from "vitest";
import { configCache } from "./config-cache";

function counter() {
  let loads = 0;
  let clock = 0;
  const cache = configCache(
    30_000,
    async () => ++loads,
    () => clock,
  );
  return { cache, advance: (ms: number) => (clock += ms), loads: () => loads };
}

describe("configCache", () => {
  it("serves the loaded value for its time to live, then loads again", async () => {
    const { cache, advance, loads } = counter();
    expect(await cache.get()).toBe(1);
    advance(29_999);
    expect(await cache.get()).toBe(1);
    advance(1);
    expect(await cache.get()).toBe(2);
    expect(loads()).toBe(2);
  });

  it("loads again at once after clear()", async () => {
    const { cache } = counter();
    expect(await cache.get()).toBe(1);
    cache.clear();
    expect(await cache.get()).toBe(2);
  });

  it("shares one load between calls that arrive while it runs", async () => {
    const { cache, loads } = counter();
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual([1, 1, 1]);
    expect(loads()).toBe(1);
  });

  it("does not keep a failed load", async () => {
    let fail = true;
    const cache = configCache(30_000, async () => {
      if (fail) throw new Error("database down");
      return "settings";
    });
    await expect(cache.get()).rejects.toThrow("database down");
    fail = false;
    expect(await cache.get()).toBe("settings");
  });
});
