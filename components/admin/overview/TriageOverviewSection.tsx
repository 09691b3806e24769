import Link from "next/link";
import type { TriageOverview } from "@/lib/triage/overview";
import { PRIORITIES } from "@/lib/triage/priority";
import { OPEN_STATUSES } from "@/lib/triage/queue-query";
import { ButtonLink } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { IncomingPanel } from "./IncomingPanel";
import { LowestRatedPages } from "./LowestRatedPages";
import { OldestOpenItems } from "./OldestOpenItems";
import { OpenBreakdown } from "./OpenBreakdown";
import { StatCards } from "./StatCards";
import { TopOperations } from "./TopOperations";
import { PRIORITY_DISPLAY, STATUS_DISPLAY } from "./labels";
import { byStatusQuery, openByPriorityQuery, queueHref } from "./queue-links";

/** The triage figures of /admin: headline cards, charts and short lists, each leading into the queue. */
export function TriageOverviewSection({ overview }: { overview: TriageOverview }) {
  const api = overview.api?.slug;
  if (!overview.hasItems) {
    return (
      <EmptyState
        title={overview.api ? `No feedback about ${overview.api.name} yet` : "No feedback yet"}
        action={
          overview.api ? (
            <ButtonLink href="/admin" variant="secondary">
              Show every API
            </ButtonLink>
          ) : undefined
        }
      >
        Items appear here as developers report issues, rate pages and ask in the forum.
      </EmptyState>
    );
  }

  const priorityBars = [...PRIORITIES, "none" as const].map((priority) => ({
    key: priority,
    label: PRIORITY_DISPLAY[priority].label,
    count: overview.open.byPriority[priority],
    href: queueHref(openByPriorityQuery(priority), api),
    color: PRIORITY_DISPLAY[priority].color,
  }));
  const statusBars = OPEN_STATUSES.map((status) => ({
    key: status,
    label: STATUS_DISPLAY[status].label,
    count: overview.open.byStatus[status],
    href: queueHref(byStatusQuery(status), api),
    color: STATUS_DISPLAY[status].color,
  }));

  return (
    <section aria-labelledby="triage-heading" className="space-y-4">
      <h2 id="triage-heading" className="sr-only">
        Triage
      </h2>
      <StatCards overview={overview} />
      <div className="grid gap-4 lg:grid-cols-5">
        <IncomingPanel days={overview.incoming} api={api} className="lg:col-span-3" />
        <OpenBreakdown id="priority-heading" title="Open by priority" description="Set from severity × impact" bars={priorityBars} className="lg:col-span-2" />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <OpenBreakdown id="status-heading" title="Open by status" description="Where the open items stand" bars={statusBars} />
        <OldestOpenItems items={overview.oldestOpen} now={overview.now} api={api} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <TopOperations operations={overview.topOperations} />
        <LowestRatedPages pages={overview.lowestRatedPages} api={api} />
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Figures as of {overview.now.toISOString().slice(11, 16)} UTC. Medians run from filing to the first staff response or to resolution.{" "}
        <Link href={queueHref({}, api)} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
          Open the triage queue
        </Link>
      </p>
    </section>
  );
}
