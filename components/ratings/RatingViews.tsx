import Link from "next/link";
import { REASON_LABELS } from "@/lib/feedback/ratings-labels";
import type { RatedPage, RatingComment } from "@/lib/feedback/ratings-stats";
import { Badge } from "../ui/Badge";
import { Markdown } from "../ui/Markdown";
import { Table } from "../ui/Table";
import { cn } from "../ui/cn";
import { utcTime } from "../ui/dates";

// Server components of the staff "Doc ratings" page (app/(staff)/admin/ratings).

export const ratingsHref = (params: { path?: string; api?: string; minVotes?: number } = {}) => {
  const query = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined || v === "" ? [] : [[k, String(v)]])));
  return `/admin/ratings${query.size ? `?${query}` : ""}`;
};


/** Helpful share as a number and a bar; red below 50 %, amber below 75 %. */
export function HelpfulMeter({ percent, votes }: { percent: number; votes: number }) {
  const tone = percent < 50 ? "bg-red-500 dark:bg-red-400" : percent < 75 ? "bg-amber-500 dark:bg-amber-400" : "bg-emerald-500 dark:bg-emerald-400";
  return (
    <span className="flex items-center gap-2">
      <span className="w-11 text-right font-semibold tabular-nums text-slate-900 dark:text-white">{percent}%</span>
      <span aria-hidden="true" className="hidden h-2 w-20 overflow-hidden rounded-full bg-slate-200 sm:block dark:bg-slate-700">
        <span className={cn("block h-full", tone)} style={{ width: `${percent}%` }} />
      </span>
      <span className="sr-only">
        helpful, from {votes} {votes === 1 ? "vote" : "votes"}
      </span>
    </span>
  );
}

function PageLabel({ page }: { page: RatedPage }) {
  return (
    <span className="min-w-0">
      <Link href={ratingsHref({ path: page.pagePath })} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
        {page.title}
      </Link>
      <span className="block break-all text-xs text-slate-500 dark:text-slate-400">
        {page.pagePath}
        {page.api.visibility !== "public" && (
          <span className="ml-2 inline-block whitespace-nowrap align-middle">
            <Badge tone="warning">{page.api.visibility === "partner" ? "Partners only" : "Staff only"}</Badge>
          </span>
        )}
      </span>
    </span>
  );
}

function ReasonBadge({ reason }: { reason: RatingComment["reason"] }) {
  return reason ? <Badge tone="neutral">{REASON_LABELS[reason]}</Badge> : null;
}

/** Every rated page: helpful %, votes and the newest comment. */
export function RatedPagesTable({ pages }: { pages: RatedPage[] }) {
  return (
    <Table headers={["Page", "Helpful", { label: "Votes", className: "text-right" }, "Last comment", "Last vote"]}>
      {pages.map((page) => {
        const last = page.recentComments[0];
        return (
          <tr key={page.pagePath} className="align-top">
            <td className="min-w-52 px-4 py-3">
              <PageLabel page={page} />
            </td>
            <td className="px-4 py-3">
              <HelpfulMeter percent={page.helpfulPercent} votes={page.votes} />
            </td>
            <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums text-slate-700 dark:text-slate-300">
              {page.votes}
              <span className="block text-xs text-slate-500 dark:text-slate-400">
                {page.helpful} yes · {page.notHelpful} no
              </span>
            </td>
            <td className="min-w-56 max-w-md px-4 py-3 text-slate-700 dark:text-slate-300">
              {last ? (
                <>
                  <span className="line-clamp-2 whitespace-pre-line break-words">{last.comment}</span>
                  <span className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
                    <ReasonBadge reason={last.reason} /> {last.who}
                  </span>
                </>
              ) : (
                <span className="text-slate-500 dark:text-slate-400">—</span>
              )}
            </td>
            <td className="whitespace-nowrap px-4 py-3 tabular-nums text-slate-600 dark:text-slate-400">
              <time dateTime={page.lastVoteAt.toISOString()}>{utcTime(page.lastVoteAt)}</time>
            </td>
          </tr>
        );
      })}
    </Table>
  );
}

/** The least helpful pages, worst first. */
export function LowestRatedList({ pages }: { pages: RatedPage[] }) {
  return (
    <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {pages.map((page) => (
        <li key={page.pagePath} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
          <PageLabel page={page} />
          <span className="flex shrink-0 items-center gap-3 text-sm text-slate-600 dark:text-slate-400">
            <HelpfulMeter percent={page.helpfulPercent} votes={page.votes} />
            <span className="tabular-nums">
              {page.votes} {page.votes === 1 ? "vote" : "votes"}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Readers' comments on one page, newest first. Comments are user text: rendered by the one sanitizing renderer. */
export function RatingCommentList({ comments }: { comments: RatingComment[] }) {
  return (
    <ul className="space-y-3">
      {comments.map((c) => (
        <li key={c.id} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={c.helpful ? "brand" : "danger"}>{c.helpful ? "Helpful" : "Not helpful"}</Badge>
            <ReasonBadge reason={c.reason} />
            <span className="font-medium text-slate-900 dark:text-white">{c.who}</span>
            <time dateTime={c.at.toISOString()} className="text-slate-500 tabular-nums dark:text-slate-400">
              {utcTime(c.at)}
            </time>
          </div>
          <Markdown>{c.comment}</Markdown>
        </li>
      ))}
    </ul>
  );
}
