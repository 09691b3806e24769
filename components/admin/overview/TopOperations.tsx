import Link from "next/link";
import type { TopOperation } from "@/lib/triage/overview";
import { Panel } from "./Panel";
import { openOnOperationQuery, queueHref } from "./queue-links";

/** The operations with the most open items, across their versions. */
export function TopOperations({ operations }: { operations: TopOperation[] }) {
  const most = Math.max(1, ...operations.map((op) => op.open));
  return (
    <Panel id="operations-heading" title="Top operations" description="By open items">
      {operations.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No open item names an operation.</p>
      ) : (
        <ol className="space-y-3">
          {operations.map((op) => (
            <li key={`${op.api.slug} ${op.operationSlug}`}>
              <Link href={queueHref(openOnOperationQuery(op.api.slug, op.operationSlug))} className="group block rounded-lg px-2 py-1.5 -mx-2 hover:bg-slate-50 dark:hover:bg-slate-800">
                <span className="flex items-baseline justify-between gap-3">
                  <span className="min-w-0 truncate text-sm font-medium text-slate-900 group-hover:underline dark:text-white">
                    {op.method && op.path ? (
                      <span className="font-mono text-[0.8rem]">
                        <span className="font-semibold uppercase">{op.method}</span> {op.path}
                      </span>
                    ) : (
                      <span className="font-mono text-[0.8rem]">{op.operationSlug}</span>
                    )}
                  </span>
                  <span className="shrink-0 text-sm font-semibold tabular-nums text-slate-900 dark:text-white">
                    {op.open}
                    <span className="sr-only"> open {op.open === 1 ? "item" : "items"}</span>
                  </span>
                </span>
                <span className="mt-0.5 block truncate text-xs text-slate-600 dark:text-slate-400">
                  {op.api.name}
                  {op.versions.length > 0 && ` · ${op.versions.join(", ")}`}
                  {op.summary && ` · ${op.summary}`}
                </span>
                <span aria-hidden="true" className="mt-1.5 block h-1.5 overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800">
                  <span className="block h-full rounded-full bg-brand-500" style={{ width: `${(op.open / most) * 100}%` }} />
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
