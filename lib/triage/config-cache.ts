/**
 * A value loaded from the database and kept in memory for a short time. Intake reads the triage
 * configuration (settings, routing rules, hypercare windows) for every new item; the configuration
 * changes a few times a week. A change clears this instance's copy at once; other instances see it
 * within the time to live, which is why it is short.
 */
export type ConfigCache<T> = {
  get(): Promise<T>;
  clear(): void;
};

export function configCache<T>(ttlMs: number, load: () => Promise<T>, now: () => number = Date.now): ConfigCache<T> {
  // The promise is kept, so calls that arrive during a load share it instead of loading again.
  let entry: { value: Promise<T>; expiresAt: number } | null = null;

  return {
    get() {
      if (entry && entry.expiresAt > now()) return entry.value;
      const current = { value: load(), expiresAt: now() + ttlMs };
      entry = current;
      // A failed load is not kept: the next call tries again.
      current.value.catch(() => {
        if (entry === current) entry = null;
      });
      return current.value;
    },
    clear() {
      entry = null;
    },
  };
}
