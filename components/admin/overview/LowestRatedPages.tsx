import Link from "next/link";
import type { RatedPage } from "@/lib/feedback/ratings-stats";
import { HelpfulMeter, ratingsHref } from "@/components/ratings/RatingViews";
import { Panel, linkClasses } from "./Panel";
import { queueHref, ratingsOfPageQuery } from "./queue-links";

/** The doc pages readers found least helpful; each opens its ratings in the queue. */
export function LowestRatedPages({ pages, api }: { pages: RatedPage[]; api?: string }) {
  return (
    <Panel
      id="lowest-rated-heading"
      title="Lowest-rated doc pages"
      description="“Was this page helpful?”, at least 3 votes"
      action={
        <Link href={ratingsHref(api ? { api } : {})} className={linkClasses}>
          Doc ratings
        </Link>
      }
    >
      {pages.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No page has 3 or more votes yet.</p>
      ) : (
        <ol className="-mx-2 divide-y divide-slate-200 dark:divide-slate-800">
          {pages.map((page) => (
            <li key={page.pagePath} className="flex flex-col gap-1.5 px-2 py-2.5 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
              <span className="min-w-0">
                <Link href={queueHref(ratingsOfPageQuery(page.api.slug, page.operation))} className="block truncate text-sm font-medium text-slate-900 hover:underline dark:text-white">
                  {page.title}
                </Link>
                <Link href={ratingsHref({ path: page.pagePath })} className="block truncate text-xs text-slate-500 hover:underline dark:text-slate-400">
                  {page.pagePath}
                </Link>
              </span>
              <span className="flex shrink-0 items-center gap-3 text-sm text-slate-600 dark:text-slate-400">
                <HelpfulMeter percent={page.helpfulPercent} votes={page.votes} />
                <span className="tabular-nums">{page.votes} votes</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
