import Link from "next/link";
import type { FeedbackKind } from "@/lib/generated/prisma/enums";
import type { IncomingDay } from "@/lib/triage/overview";
import { FEEDBACK_KINDS } from "@/lib/triage/queue-query";
import { Table } from "@/components/ui/Table";
import { IncomingChart } from "./IncomingChart";
import { plural, shortDay } from "./format";
import { KIND_DISPLAY } from "./labels";
import { Panel, linkClasses } from "./Panel";
import { newestOfKindQuery, queueHref } from "./queue-links";

/** Feedback filed per day over the last 30 days, by kind, with the daily figures as a table. */
export function IncomingPanel({ days, api, className }: { days: IncomingDay[]; api?: string; className?: string }) {
  const total = days.reduce((sum, day) => sum + day.total, 0);
  const series = FEEDBACK_KINDS.map((kind) => ({ key: kind, label: KIND_DISPLAY[kind].plural, color: KIND_DISPLAY[kind].color, href: queueHref(newestOfKindQuery(kind), api) }));
  const points = days.map((day) => ({ label: shortDay(day.day), ...day.byKind }));
  const kindTotals = Object.fromEntries(FEEDBACK_KINDS.map((kind) => [kind, days.reduce((sum, day) => sum + day.byKind[kind], 0)])) as Record<FeedbackKind, number>;
  return (
    <Panel
      id="incoming-heading"
      title="Incoming per day"
      description={`${plural(total, "item")} in the last 30 days`}
      action={
        <Link href={queueHref(newestOfKindQuery(), api)} className={linkClasses}>
          Newest in queue
        </Link>
      }
      className={className}
    >
      <IncomingChart days={points} series={series} />
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {FEEDBACK_KINDS.map((kind) => (
          <li key={kind}>
            <Link href={queueHref(newestOfKindQuery(kind), api)} className="flex items-center gap-2 rounded-md px-1.5 py-1 hover:bg-slate-50 dark:hover:bg-slate-800">
              <span aria-hidden="true" className="size-2.5 shrink-0 rounded-sm" style={{ background: KIND_DISPLAY[kind].color }} />
              <span className="text-slate-700 dark:text-slate-300">{KIND_DISPLAY[kind].plural}</span>
              <span className="font-semibold tabular-nums text-slate-900 dark:text-white">{kindTotals[kind]}</span>
            </Link>
          </li>
        ))}
      </ul>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white">Daily figures</summary>
        <div className="mt-3 max-h-72 overflow-y-auto">
          <Table headers={["Day (UTC)", ...FEEDBACK_KINDS.map((kind) => ({ label: KIND_DISPLAY[kind].plural, className: "text-right" })), { label: "Total", className: "text-right" }]}>
            {[...days].reverse().map((day) => (
              <tr key={day.day}>
                <td className="whitespace-nowrap px-4 py-2 tabular-nums text-slate-700 dark:text-slate-300">
                  <time dateTime={day.day}>{day.day}</time>
                </td>
                {FEEDBACK_KINDS.map((kind) => (
                  <td key={kind} className="px-4 py-2 text-right tabular-nums text-slate-700 dark:text-slate-300">
                    {day.byKind[kind]}
                  </td>
                ))}
                <td className="px-4 py-2 text-right font-semibold tabular-nums text-slate-900 dark:text-white">{day.total}</td>
              </tr>
            ))}
          </Table>
        </div>
      </details>
    </Panel>
  );
}
