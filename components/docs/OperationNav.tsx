import Link from "next/link";
import type { OperationListItem } from "@/lib/catalog/read";
import { cn } from "../ui/cn";
import { docsHref } from "./links";
import { MethodBadge } from "./MethodBadge";

export function groupByTag(operations: OperationListItem[]): { tag: string; operations: OperationListItem[] }[] {
  const groups = new Map<string, OperationListItem[]>();
  for (const op of operations) {
    const tag = op.tags[0] ?? "Other";
    groups.set(tag, [...(groups.get(tag) ?? []), op]);
  }
  return [...groups].map(([tag, ops]) => ({ tag, operations: ops }));
}

/** The version's operations by tag; on phones it folds into a disclosure above the content. */
export function OperationNav({ api, version, operations, current }: { api: string; version: string; operations: OperationListItem[]; current?: string }) {
  const groups = groupByTag(operations);
  const list = (
    <nav aria-label="Operations" className="space-y-5 text-sm">
      {groups.map((group) => (
        <div key={group.tag}>
          <p className="px-2 text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400">{group.tag}</p>
          <ul className="mt-1.5 space-y-0.5">
            {group.operations.map((op) => (
              <li key={op.slug}>
                <Link
                  href={docsHref.operation(api, version, op.slug)}
                  aria-current={op.slug === current ? "page" : undefined}
                  className={cn(
                    "flex items-start gap-2 rounded-md px-2 py-1.5 hover:bg-slate-100 dark:hover:bg-slate-800",
                    op.slug === current && "bg-brand-50 text-brand-900 dark:bg-brand-950 dark:text-brand-100",
                    op.deprecated && "line-through decoration-slate-400",
                  )}
                >
                  <MethodBadge method={op.method} className="mt-0.5 w-12 text-[0.6rem]" />
                  <span className="min-w-0 break-words text-slate-700 dark:text-slate-300">{op.summary || op.path}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
  return (
    <>
      <details className="rounded-xl border border-slate-200 p-3 lg:hidden dark:border-slate-800">
        <summary className="cursor-pointer text-sm font-semibold text-slate-900 dark:text-white">All operations ({operations.length})</summary>
        <div className="mt-3">{list}</div>
      </details>
      <div className="hidden lg:block">{list}</div>
    </>
  );
}
