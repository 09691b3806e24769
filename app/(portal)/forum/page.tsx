import type { Metadata } from "next";
import Link from "next/link";
import { CategoryList } from "@/components/forum/CategoryList";
import { listParams } from "@/components/forum/list-params";
import { ThreadListView } from "@/components/forum/ThreadListView";
import { Alert } from "@/components/ui/Alert";
import { ButtonLink } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { inputClasses } from "@/components/ui/Field";
import { PageHeader } from "@/components/ui/PageHeader";
import { cn } from "@/components/ui/cn";
import { getActor } from "@/lib/auth/actor";
import { listCategories } from "@/lib/forum/categories";
import { forumHref } from "@/lib/forum/links";
import { searchForum } from "@/lib/forum/search";
import { listThreads } from "@/lib/forum/threads";
import { forPage } from "@/lib/http/page-errors";

export const metadata: Metadata = { title: "Forum" };

export default async function ForumPage({ searchParams }: PageProps<"/forum">) {
  const actor = await getActor();
  const { filter, dropped, q } = listParams(await searchParams);
  const categories = await listCategories(actor);
  const newThreadHref = forumHref.newThread({ api: filter.api, version: filter.version, operation: filter.operation });
  return (
    <div className="space-y-8">
      <PageHeader
        title="Forum"
        description="Questions, answers and ideas from developers building on our APIs, with our team chiming in."
        actions={<ButtonLink href={newThreadHref}>New thread</ButtonLink>}
      />
      <div className="grid gap-8 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <aside className="min-w-0 space-y-6">
          <form method="get" action="/forum" role="search" aria-label="Search the forum" className="flex gap-2 lg:flex-col">
            <label htmlFor="forum-q" className="sr-only">Search the forum</label>
            <input id="forum-q" name="q" type="search" defaultValue={q} placeholder="Search the forum" className={cn(inputClasses, "py-1.5")} />
          </form>
          <CategoryList categories={categories} />
        </aside>
        <div className="min-w-0 space-y-4">
          {dropped && <Alert>Some filters in the address were not understood and are ignored.</Alert>}
          {q ? (
            <SearchResults q={q} results={await searchForum(actor, q, 30)} />
          ) : (
            <ThreadListView
              page={await forPage(listThreads(actor, filter))}
              href={(query) => forumHref.home(query)}
              action="/forum"
              newThreadHref={newThreadHref}
            />
          )}
        </div>
      </div>
    </div>
  );
}

function SearchResults({ q, results }: { q: string; results: Awaited<ReturnType<typeof searchForum>> }) {
  return (
    <section aria-labelledby="results-heading" className="space-y-4">
      <h2 id="results-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
        {results.length === 0 ? "No threads found" : `${results.length} thread${results.length === 1 ? "" : "s"}`} for “{q}”
      </h2>
      {results.length === 0 ? (
        <EmptyState title="Nothing matches these words" action={<ButtonLink href={forumHref.newThread()}>Ask the community</ButtonLink>}>
          Try fewer or other words, or <Link href="/forum" className="underline">browse the latest threads</Link>.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {results.map((r) => (
            <li key={r.number} className="space-y-1 px-4 py-3">
              <Link href={r.url} className="font-medium text-slate-900 hover:underline dark:text-white">{r.title}</Link>
              <p className="line-clamp-2 text-sm text-slate-600 dark:text-slate-400">{r.excerpt}</p>
              <p className="text-xs text-slate-500 dark:text-slate-400">
                {r.category.name} · {r.replyCount} {r.replyCount === 1 ? "reply" : "replies"}
                {r.answered ? "" : " · unanswered"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
