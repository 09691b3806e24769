import Link from "next/link";
import { LinkedBarChart, type LinkedBar } from "./LinkedBarChart";
import { Panel } from "./Panel";

/**
 * Open items split one way (priority or status): a clickable chart, and the same figures as a
 * list of links that keyboards and screen readers use.
 */
export function OpenBreakdown({ id, title, description, bars, className }: { id: string; title: string; description: string; bars: LinkedBar[]; className?: string }) {
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  return (
    <Panel id={id} title={title} description={description} className={className}>
      {total === 0 ? (
        <p className="flex flex-1 items-center justify-center rounded-lg border border-dashed border-slate-300 px-4 py-10 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          Nothing open: the queue is clear.
        </p>
      ) : (
        <LinkedBarChart bars={bars} />
      )}
      <ul className="mt-4 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
        {bars.map((bar) => (
          <li key={bar.key}>
            <Link href={bar.href} className="flex items-center gap-2 rounded-md px-1.5 py-1 hover:bg-slate-50 dark:hover:bg-slate-800">
              <span aria-hidden="true" className="size-2.5 shrink-0 rounded-sm" style={{ background: bar.color }} />
              <span className="truncate text-slate-700 dark:text-slate-300">{bar.label}</span>
              <span className="ml-auto font-semibold tabular-nums text-slate-900 dark:text-white">{bar.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
