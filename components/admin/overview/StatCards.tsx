import Link from "next/link";
import type { TriageOverview } from "@/lib/triage/overview";
import { cn } from "@/components/ui/cn";
import { formatMinutes } from "./format";
import { atRiskQuery, awaitingResponseQuery, breachedQuery, openItemsQuery, queueHref, recentlyResolvedQuery } from "./queue-links";

type Tone = "neutral" | "danger" | "warning";

const TONES: Record<Tone, string> = {
  neutral: "border-slate-200 dark:border-slate-800",
  danger: "border-red-300 bg-red-50/60 dark:border-red-900 dark:bg-red-950/40",
  warning: "border-amber-300 bg-amber-50/60 dark:border-amber-900 dark:bg-amber-950/40",
};

function StatCard({ href, label, value, detail, tone = "neutral", linkLabel }: {
  href: string;
  label: string;
  value: string;
  detail: string;
  tone?: Tone;
  linkLabel: string;
}) {
  return (
    <li>
      <Link
        href={href}
        aria-label={`${label}: ${value}. ${detail}. ${linkLabel}`}
        className={cn(
          "group flex h-full flex-col rounded-xl border bg-white p-4 shadow-sm transition-colors hover:border-brand-400 dark:bg-slate-900 dark:hover:border-brand-600",
          TONES[tone],
        )}
      >
        <span className="text-sm font-medium text-slate-600 dark:text-slate-400">{label}</span>
        <span className="mt-1 text-2xl font-semibold tabular-nums tracking-tight text-slate-900 sm:text-3xl dark:text-white">{value}</span>
        <span className="mt-1 text-xs text-slate-500 dark:text-slate-400">{detail}</span>
        <span className="mt-auto pt-3 text-xs font-medium text-brand-700 group-hover:underline dark:text-brand-300">{linkLabel} →</span>
      </Link>
    </li>
  );
}

/** The headline figures; each card opens the queue behind it. */
export function StatCards({ overview }: { overview: TriageOverview }) {
  const api = overview.api?.slug;
  const { open, medianFirstResponse: response, medianResolution: resolution } = overview;
  return (
    <ul className="grid grid-cols-2 gap-3 lg:grid-cols-5">
      <StatCard href={queueHref(openItemsQuery, api)} label="Open items" value={String(open.total)} detail="New, triaged, in progress or waiting" linkLabel="Open queue" />
      <StatCard
        href={queueHref(breachedQuery, api)}
        label="SLA breached"
        value={String(open.breached)}
        detail="Open items past a target"
        tone={open.breached > 0 ? "danger" : "neutral"}
        linkLabel="See breached"
      />
      <StatCard
        href={queueHref(atRiskQuery, api)}
        label="At risk"
        value={String(open.atRisk)}
        detail="Less than 20 % of the target left"
        tone={open.atRisk > 0 ? "warning" : "neutral"}
        linkLabel="See at risk"
      />
      <StatCard
        href={queueHref(awaitingResponseQuery, api)}
        label="Median first response"
        value={formatMinutes(response.days7)}
        detail={`Last 7 days · ${formatMinutes(response.days30)} over 30 days`}
        linkLabel="Awaiting a response"
      />
      <StatCard
        href={queueHref(recentlyResolvedQuery, api)}
        label="Median resolution"
        value={formatMinutes(resolution.days7)}
        detail={`Last 7 days · ${formatMinutes(resolution.days30)} over 30 days`}
        linkLabel="Recently resolved"
      />
    </ul>
  );
}
