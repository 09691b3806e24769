import Link from "next/link";
import type { OldestOpenItem } from "@/lib/triage/overview";
import { Badge } from "@/components/ui/Badge";
import { timeAgo, utcTime } from "@/components/ui/dates";
import { KIND_DISPLAY, PRIORITY_DISPLAY, STATUS_DISPLAY } from "./labels";
import { Panel, linkClasses } from "./Panel";
import { triageHref } from "@/lib/triage/links";
import { openItemsQuery, queueHref } from "./queue-links";

const PRIORITY_TONES = { critical: "danger", high: "warning", medium: "neutral", low: "neutral", none: "neutral" } as const;

/** The open items waiting longest, oldest first. */
export function OldestOpenItems({ items, now, api }: { items: OldestOpenItem[]; now: Date; api?: string }) {
  return (
    <Panel
      id="oldest-heading"
      title="Oldest open items"
      description="Waiting longest since they were filed"
      action={
        <Link href={queueHref({ ...openItemsQuery, sort: "oldest" }, api)} className={linkClasses}>
          All, oldest first
        </Link>
      }
    >
      {items.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No open items.</p>
      ) : (
        <ol className="-mx-2 divide-y divide-slate-200 dark:divide-slate-800">
          {items.map((item) => {
            const priority = item.priority ?? "none";
            return (
              <li key={item.number} className="px-2 py-2.5">
                <div className="flex items-baseline gap-2">
                  <span className="shrink-0 font-mono text-xs text-slate-500 dark:text-slate-400">T-{item.number}</span>
                  <Link href={triageHref(item.number)} className="min-w-0 truncate text-sm font-medium text-slate-900 hover:underline dark:text-white">
                    {item.title}
                  </Link>
                </div>
                <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
                  <Badge tone={PRIORITY_TONES[priority]}>{priority === "none" ? "Priority not set" : PRIORITY_DISPLAY[priority].label}</Badge>
                  <span>{STATUS_DISPLAY[item.status].label}</span>
                  <span>{KIND_DISPLAY[item.kind].label}</span>
                  <time dateTime={item.createdAt.toISOString()} title={utcTime(item.createdAt)} className="ml-auto tabular-nums">
                    filed {timeAgo(item.createdAt, { now })}
                  </time>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
}
