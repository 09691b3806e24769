import Link from "next/link";
import type { ThreadListItem } from "@/lib/forum/threads";
import { forumHref } from "@/lib/forum/links";
import { Badge } from "../ui/Badge";
import { timeAgo, utcTime } from "../ui/dates";

/** Markers of a thread's state, shared by lists and the thread page. */
export function ThreadBadges({ thread }: { thread: Pick<ThreadListItem, "pinned" | "locked" | "hidden" | "hasAcceptedAnswer"> }) {
  return (
    <>
      {thread.hasAcceptedAnswer && <Badge tone="brand">Solved</Badge>}
      {thread.pinned && <Badge>Pinned</Badge>}
      {thread.locked && <Badge tone="warning">Locked</Badge>}
      {thread.hidden && <Badge tone="danger">Hidden</Badge>}
    </>
  );
}

export function StaffBadge() {
  return <Badge tone="brand">Staff</Badge>;
}

/** A list of threads; links keep the current list's filters when a tag is chosen. */
export function ThreadList({ threads, showCategory = true, tagHref }: { threads: ThreadListItem[]; showCategory?: boolean; tagHref: (tag: string) => string }) {
  const now = new Date();
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {threads.map((t) => (
        <li key={t.number} className="flex gap-4 px-4 py-3">
          <div className="min-w-0 flex-1 space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <Link href={forumHref.thread(t.number)} className="font-medium text-slate-900 hover:underline dark:text-white">
                {t.title}
              </Link>
              <ThreadBadges thread={t} />
            </div>
            {t.excerpt && <p className="line-clamp-2 text-sm text-slate-600 dark:text-slate-400">{t.excerpt}</p>}
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500 dark:text-slate-400">
              {showCategory && (
                <Link href={forumHref.category(t.category.slug)} className="font-medium text-slate-700 hover:underline dark:text-slate-300">
                  {t.category.name}
                </Link>
              )}
              {t.link?.operation && (
                <span className="font-mono">
                  {t.link.operation}
                  {t.link.version ? ` · ${t.link.version}` : ""}
                </span>
              )}
              {t.tags.map((tag) => (
                <Link key={tag} href={tagHref(tag)} className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:hover:bg-slate-700">
                  #{tag}
                </Link>
              ))}
              <span>
                by {t.author.isYou ? "you" : t.author.name}
                {t.author.staff && " (staff)"}
              </span>
            </div>
          </div>
          <dl className="grid shrink-0 grid-cols-[auto_auto] content-start gap-x-2 text-right text-xs text-slate-600 sm:grid-cols-3 sm:gap-x-5 sm:text-sm dark:text-slate-400">
            <div>
              <dt className="sr-only">Replies</dt>
              <dd title="Replies">
                <span className="font-semibold text-slate-900 dark:text-white">{t.replyCount}</span>{" "}
                <span className="text-xs sm:block">{t.replyCount === 1 ? "reply" : "replies"}</span>
              </dd>
            </div>
            <div>
              <dt className="sr-only">Upvotes</dt>
              <dd title="Upvotes">
                <span className="font-semibold text-slate-900 dark:text-white">{t.upvotes}</span>{" "}
                <span className="text-xs sm:block">{t.upvotes === 1 ? "vote" : "votes"}</span>
              </dd>
            </div>
            <div className="col-span-2 sm:col-span-1">
              <dt className="sr-only">Last activity</dt>
              <dd>
                <time dateTime={t.lastPostAt.toISOString()} title={utcTime(t.lastPostAt)}>
                  {timeAgo(t.lastPostAt, { now })}
                </time>
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
