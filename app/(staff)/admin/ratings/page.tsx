import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { LowestRatedList, RatedPagesTable, RatingCommentList, HelpfulMeter, ratingsHref } from "@/components/ratings/RatingViews";
import { Button, ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { inputClasses, labelClasses } from "@/components/ui/Field";
import { PageHeader } from "@/components/ui/PageHeader";
import { staffPageActor } from "@/lib/auth/page-access";
import { lowestRatedPages, ratingStats } from "@/lib/feedback/ratings-stats";

export const metadata: Metadata = { title: "Doc ratings" };

// A bad query string falls back to the defaults rather than failing the page.
const querySchema = z.object({
  minVotes: z.coerce.number().int().min(1).max(100_000).catch(3),
  path: z.string().trim().max(500).startsWith("/docs/").optional().catch(undefined),
  api: z.string().trim().max(100).optional().catch(undefined),
});

const linkClasses = "font-medium text-brand-700 hover:underline dark:text-brand-300";

export default async function DocRatingsPage({ searchParams }: PageProps<"/admin/ratings">) {
  const actor = await staffPageActor("/admin/ratings");
  const raw = await searchParams;
  const query = querySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));

  if (query.path) {
    const [page] = await ratingStats(actor, { path: query.path, comments: 100 });
    return (
      <div className="space-y-6">
        <Link href={ratingsHref()} className={`text-sm ${linkClasses}`}>
          ← All rated pages
        </Link>
        {!page ? (
          <EmptyState title="No ratings for this page" action={<ButtonLink href={ratingsHref()} variant="secondary">Back to all rated pages</ButtonLink>}>
            Nobody has rated <code className="break-all">{query.path}</code> yet. Its votes and comments appear here once readers answer “Was this page helpful?” on it.
          </EmptyState>
        ) : (
          <>
            <PageHeader
              title={page.title}
              description={
                <>
                  <Link href={page.pagePath} className={`break-all ${linkClasses}`}>
                    {page.pagePath}
                  </Link>
                  {" · "}
                  <Link href={ratingsHref({ api: page.api.slug })} className={linkClasses}>
                    Rated pages of {page.api.name}
                  </Link>
                </>
              }
            />
            <Card>
              <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
                <div>
                  <dt className="text-sm text-slate-600 dark:text-slate-400">Helpful</dt>
                  <dd className="mt-1 text-lg">
                    <HelpfulMeter percent={page.helpfulPercent} votes={page.votes} />
                  </dd>
                </div>
                <div>
                  <dt className="text-sm text-slate-600 dark:text-slate-400">Votes</dt>
                  <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900 dark:text-white">{page.votes}</dd>
                </div>
                <div>
                  <dt className="text-sm text-slate-600 dark:text-slate-400">Yes</dt>
                  <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900 dark:text-white">{page.helpful}</dd>
                </div>
                <div>
                  <dt className="text-sm text-slate-600 dark:text-slate-400">No</dt>
                  <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900 dark:text-white">{page.notHelpful}</dd>
                </div>
              </dl>
            </Card>
            <section aria-labelledby="comments-heading" className="space-y-3">
              <h2 id="comments-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
                Recent comments
              </h2>
              {page.recentComments.length === 0 ? (
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  No comments on this page yet: readers voted without explaining. Signed-in readers can add a comment after voting.
                </p>
              ) : (
                <RatingCommentList comments={page.recentComments} />
              )}
            </section>
          </>
        )}
      </div>
    );
  }

  const [pages, lowest] = await Promise.all([ratingStats(actor, { api: query.api, comments: 1 }), lowestRatedPages(actor, { minVotes: query.minVotes, limit: 10 })]);
  return (
    <div className="space-y-8">
      <PageHeader
        title="Doc ratings"
        description="How readers answer “Was this page helpful?” at the end of each docs page. A “No” with a comment also becomes an item of the triage queue."
      />

      {pages.length === 0 && !query.api ? (
        <EmptyState title="No ratings yet" action={<ButtonLink href="/docs" variant="secondary">Open the docs</ButtonLink>}>
          When readers answer “Was this page helpful?” on an API overview or an operation page, each page appears here with its helpful share, its votes and
          the readers’ comments, and the least helpful pages are listed first.
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="lowest-heading" className="space-y-3">
            <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
              <h2 id="lowest-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
                Lowest rated
              </h2>
              <form method="get" action="/admin/ratings" className="flex items-end gap-2">
                {query.api && <input type="hidden" name="api" value={query.api} />}
                <div className="space-y-1">
                  <label htmlFor="min-votes" className={labelClasses}>
                    At least
                  </label>
                  <input id="min-votes" name="minVotes" type="number" min={1} max={100000} defaultValue={query.minVotes} className={`${inputClasses} w-24`} />
                </div>
                <span className="pb-2 text-sm text-slate-600 dark:text-slate-400">votes</span>
                <Button type="submit" variant="secondary">
                  Apply
                </Button>
              </form>
            </div>
            {lowest.length === 0 ? (
              <p className="rounded-xl border border-dashed border-slate-300 px-4 py-6 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
                No page has {query.minVotes} or more votes yet. Lower the minimum to see pages with fewer votes.
              </p>
            ) : (
              <LowestRatedList pages={lowest} />
            )}
          </section>

          <section aria-labelledby="pages-heading" className="space-y-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="pages-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
                {query.api ? `Rated pages of ${query.api}` : "All rated pages"}
              </h2>
              {query.api && (
                <Link href={ratingsHref({ minVotes: query.minVotes === 3 ? undefined : query.minVotes })} className={`text-sm ${linkClasses}`}>
                  Show every API
                </Link>
              )}
            </div>
            {pages.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">No page of this API has been rated yet.</p>
            ) : (
              <RatedPagesTable pages={pages} />
            )}
          </section>
        </>
      )}
    </div>
  );
}
