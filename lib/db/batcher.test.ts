import { describe, expect, it } from "vitest";
import { createBatcher } from "./batcher";

type Item = { id: number; key?: string; bad?: boolean };

/** A batcher whose statements finish when the test says so, recording every batch it ran. */
function harness(options: { maxBatch?: number; maxInFlight?: number } = {}) {
  const batches: number[][] = [];
  const finish: (() => void)[] = [];
  const batcher = createBatcher<Item, string>({
    maxBatch: options.maxBatch ?? 10,
    maxInFlight: options.maxInFlight ?? 1,
    key: (item) => item.key ?? String(item.id),
    run: (items) => {
      batches.push(items.map((i) => i.id));
      return new Promise((resolve, reject) =>
        finish.push(() => (items.some((i) => i.bad) ? reject(new Error("bad item")) : resolve(items.map((i) => `done ${i.id}`)))),
      );
    },
  });
  const settle = async () => {
    while (finish.length) {
      finish.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { batcher, batches, settle };
}

describe("createBatcher", () => {
  it("sends an item at once when nothing is in flight, and gathers the ones that arrive meanwhile", async () => {
    const { batcher, batches, settle } = harness();
    const results = [1, 2, 3, 4].map((id) => batcher.submit({ id }));
    expect(batches).toEqual([[1]]);
    await settle();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    expect(await Promise.all(results)).toEqual(["done 1", "done 2", "done 3", "done 4"]);
  });

  it("keeps batches within maxBatch and statements within maxInFlight", async () => {
    const { batcher, batches, settle } = harness({ maxBatch: 2, maxInFlight: 2 });
    const results = [1, 2, 3, 4, 5, 6].map((id) => batcher.submit({ id }));
    expect(batches).toEqual([[1], [2]]);
    await settle();
    expect(batches).toEqual([[1], [2], [3, 4], [5, 6]]);
    expect(await Promise.all(results)).toHaveLength(6);
  });

  it("never has two items with the same key in flight, in one batch or in two", async () => {
    const { batcher, batches, settle } = harness({ maxInFlight: 2 });
    const results = [
      batcher.submit({ id: 1, key: "ann" }),
      batcher.submit({ id: 2, key: "ann" }),
      batcher.submit({ id: 3, key: "bob" }),
      batcher.submit({ id: 4, key: "ann" }),
    ];
    // Two statements may be in flight, but the second must not hold Ann's next item.
    expect(batches).toEqual([[1], [3]]);
    await settle();
    expect(batches).toEqual([[1], [3], [2], [4]]);
    expect(await Promise.all(results)).toEqual(["done 1", "done 2", "done 3", "done 4"]);
  });

  it("fails only the bad item of a failed batch: the others are sent again on their own", async () => {
    const { batcher, batches, settle } = harness();
    const first = batcher.submit({ id: 1 });
    const good = batcher.submit({ id: 2 });
    const bad = batcher.submit({ id: 3, bad: true });
    const alsoGood = batcher.submit({ id: 4 });
    const badOutcome = bad.catch((e: Error) => e.message);
    await settle();
    expect(batches).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
    expect(await Promise.all([first, good, badOutcome, alsoGood])).toEqual(["done 1", "done 2", "bad item", "done 4"]);
  });
});
