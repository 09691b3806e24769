import type { OperationListItem } from "@/lib/catalog/read";

/** Operations grouped by their first tag, in document order; untagged ones under "Other". */
export function groupByTag(operations: OperationListItem[]): { tag: string; operations: OperationListItem[] }[] {
  const groups = new Map<string, OperationListItem[]>();
  for (const op of operations) {
    const tag = op.tags[0] ?? "Other";
    groups.set(tag, [...(groups.get(tag) ?? []), op]);
  }
  return [...groups].map(([tag, ops]) => ({ tag, operations: ops }));
}
