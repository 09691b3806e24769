import Link from "next/link";
import type { ThreadListFilter } from "@/lib/forum/schemas";
import type { ThreadPage } from "@/lib/forum/threads";
import { ButtonLink } from "../ui/Button";
import { EmptyState } from "../ui/EmptyState";
import { inputClasses } from "../ui/Field";
import { cn } from "../ui/cn";
import { ThreadList } from "./ThreadList";

type Query = Partial<ThreadListFilter>;

const TABS = [
  { sort: "latest", label: "Latest" },
  { sort: "top", label: "Top" },
  { sort: "unanswered", label: "Unanswered" },
] as const;
const PERIODS = [
  { period: "day", label: "Today" },
  { period: "week", label: "This week" },
  { period: "month", label: "This month" },
  { period: "year", label: "This year" },
  { period: "all", label: "All time" },
] as const;

const pill = (active: boolean) =>
  cn(
    "whitespace-nowrap rounded-lg px-3 py-1.5 text-sm font-medium",
    active ? "bg-slate-900 text-white dark:bg-white dark:text-slate-900" : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
  );

/**
 * A thread list with its tabs (Latest / Top / Unanswered), tag filter and pages, for the forum's
 * front page and each category. Plain links and a GET form: works without JavaScript.
 */
export function ThreadListView({
  page,
  href,
  action,
  newThreadHref,
  showCategory = true,
  operationLabel,
}: {
  page: ThreadPage & { filter: ThreadListFilter };
  /** Builds this list's URL for other filters. */
  href: (query: Query) => string;
  /** The path the tag form submits to. */
  action: string;
  newThreadHref: string;
  showCategory?: boolean;
  operationLabel?: string;
}) {
  const { filter } = page;
  const keep: Query = { sort: filter.sort, period: filter.period, tag: filter.tag, api: filter.api, version: filter.version, operation: filter.operation };
  return (
    <section aria-labelledby="threads-heading" className="space-y-4">
      <h2 id="threads-heading" className="sr-only">Threads</h2>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <nav aria-label="Sort threads" className="flex gap-1 overflow-x-auto">
          {TABS.map((tab) => (
            <Link key={tab.sort} href={href({ ...keep, sort: tab.sort, period: undefined, page: 1 })} aria-current={filter.sort === tab.sort ? "page" : undefined} className={pill(filter.sort === tab.sort)}>
              {tab.label}
            </Link>
          ))}
        </nav>
        <form method="get" action={action} className="flex items-center gap-2" role="search" aria-label="Filter by tag">
          {Object.entries({ sort: filter.sort === "latest" ? undefined : filter.sort, period: filter.sort === "top" && filter.period !== "all" ? filter.period : undefined, api: filter.api, version: filter.version, operation: filter.operation }).map(
            ([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />,
          )}
          <label htmlFor="tag-filter" className="sr-only">Tag</label>
          <input id="tag-filter" name="tag" defaultValue={filter.tag ?? ""} placeholder="Filter by tag, e.g. auth" className={cn(inputClasses, "w-44 py-1.5")} />
          <button type="submit" className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 dark:border-slate-700 dark:text-slate-100 dark:hover:bg-slate-800">
            Filter
          </button>
        </form>
      </div>

      {filter.sort === "top" && (
        <nav aria-label="Top threads of" className="flex gap-1 overflow-x-auto">
          {PERIODS.map((p) => (
            <Link key={p.period} href={href({ ...keep, period: p.period, page: 1 })} aria-current={filter.period === p.period ? "page" : undefined} className={pill(filter.period === p.period)}>
              {p.label}
            </Link>
          ))}
        </nav>
      )}

      {(filter.tag || filter.operation || filter.api) && (
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
          {filter.tag && (
            <>
              Tagged <strong>#{filter.tag}</strong>
              <Link href={href({ ...keep, tag: undefined, page: 1 })} className="text-brand-700 hover:underline dark:text-brand-300">
                show all tags
              </Link>
            </>
          )}
          {filter.api && (
            <>
              About <strong className="font-mono">{operationLabel ?? [filter.api, filter.version, filter.operation].filter(Boolean).join(" · ")}</strong>
              <Link href={href({ ...keep, api: undefined, version: undefined, operation: undefined, page: 1 })} className="text-brand-700 hover:underline dark:text-brand-300">
                show all threads
              </Link>
            </>
          )}
        </p>
      )}

      {page.threads.length === 0 ? (
        <Empty filter={filter} page={page.page} href={href} keep={keep} newThreadHref={newThreadHref} />
      ) : (
        <ThreadList threads={page.threads} showCategory={showCategory} tagHref={(tag) => href({ ...keep, tag, page: 1 })} />
      )}

      {page.pageCount > 1 && (
        <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm">
          {page.page > 1 ? (
            <Link href={href({ ...keep, page: page.page - 1 })} rel="prev" className="font-medium text-brand-700 hover:underline dark:text-brand-300">
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-600 dark:text-slate-400">
            Page {page.page} of {page.pageCount} · {page.total} threads
          </span>
          {page.page < page.pageCount ? (
            <Link href={href({ ...keep, page: page.page + 1 })} rel="next" className="font-medium text-brand-700 hover:underline dark:text-brand-300">
              Older →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </section>
  );
}

function Empty({ filter, page, href, keep, newThreadHref }: { filter: ThreadListFilter; page: number; href: (q: Query) => string; keep: Query; newThreadHref: string }) {
  if (page > 1) {
    return (
      <EmptyState title="No threads on this page" action={<ButtonLink href={href({ ...keep, page: 1 })} variant="secondary">Go to the first page</ButtonLink>}>
        The list is shorter than that now.
      </EmptyState>
    );
  }
  if (filter.sort === "unanswered") {
    return (
      <EmptyState title="Every thread here has an answer" action={<ButtonLink href={href({ ...keep, sort: "latest" })} variant="secondary">See the latest threads</ButtonLink>}>
        Nothing is waiting for a reply. Ask a question of your own if you are stuck.
      </EmptyState>
    );
  }
  if (filter.tag) {
    return (
      <EmptyState title={`No threads tagged #${filter.tag}`} action={<ButtonLink href={href({ ...keep, tag: undefined })} variant="secondary">Show all tags</ButtonLink>}>
        Try another tag, or start a thread with this one.
      </EmptyState>
    );
  }
  if (filter.sort === "top" && filter.period !== "all") {
    return (
      <EmptyState title="No threads in this period" action={<ButtonLink href={href({ ...keep, period: "all" })} variant="secondary">Top of all time</ButtonLink>}>
        Pick a longer period.
      </EmptyState>
    );
  }
  return (
    <EmptyState title="No threads yet" action={<ButtonLink href={newThreadHref}>Start a thread</ButtonLink>}>
      {filter.operation ? "Nobody has asked about this operation yet. Be the first." : "Ask a question, share a tip or suggest an improvement: others will chime in."}
    </EmptyState>
  );
}
