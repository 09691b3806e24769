// What the last filings found for each API + version + operation that reports named: the API's id
// and the operation's method and path, which intake needs before the filing statement runs. Only a
// guess: the statement checks it against the database and stores nothing when it is out of date,
// so a stale entry costs one more round trip, never a wrong report. Bounded; oldest entries go first.

export type FilingTarget = { apiId: string; operation: { method: string; path: string } | null };

const MAX_ENTRIES = 2_000;

/** The operation as intake knows it ("METHOD path"), null for a report on the whole API. */
export const operationKey = (target: FilingTarget) => (target.operation ? `${target.operation.method} ${target.operation.path}` : null);

export function targetKey(api: string, version: string | undefined, operation: string | undefined): string {
  return `${api}\u0000${version ?? ""}\u0000${operation ?? ""}`;
}

const entries = new Map<string, FilingTarget>();

export const filingTargets = {
  get: (key: string) => entries.get(key),
  set(key: string, target: FilingTarget) {
    entries.delete(key);
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(key, target);
  },
};
