import Link from "next/link";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { RELATED_ON_OPERATION_PAGE } from "@/lib/forum/limits";
import { forumHref } from "@/lib/forum/links";
import { listRelatedThreads } from "@/lib/forum/threads";
import { Badge } from "../ui/Badge";
import { ButtonLink } from "../ui/Button";

/**
 * "Related discussions" on an operation's page: forum threads linked to this operation (any
 * version). The page is cached for visitors, so this reads no session: titles of threads every
 * reader of the page may see, up to a minute stale.
 */
export async function RelatedDiscussions({ api, version, operation }: { api: { slug: string; visibility: Visibility }; version: string; operation: string }) {
  const { threads, total } = await listRelatedThreads({ api, operation }, RELATED_ON_OPERATION_PAGE);
  return (
    <section aria-labelledby="related-discussions" className="space-y-4">
      <h2 id="related-discussions" className="scroll-mt-24 text-lg font-semibold text-slate-900 dark:text-white">
        <a href="#related-discussions" className="hover:underline">Related discussions</a>
      </h2>
      {threads.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No discussions about this operation yet. Ask the community a question about it, or share a tip.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
          {threads.map((t) => (
            <li key={t.number} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2.5">
              <span className="flex min-w-0 flex-wrap items-center gap-2">
                <Link href={forumHref.thread(t.number)} className="font-medium text-slate-900 hover:underline dark:text-white">{t.title}</Link>
                {t.hasAcceptedAnswer && <Badge tone="brand">Solved</Badge>}
                {t.link?.version && t.link.version !== version && <span className="text-xs text-slate-500 dark:text-slate-400">in {t.link.version}</span>}
              </span>
              <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400">
                {t.replyCount} {t.replyCount === 1 ? "reply" : "replies"}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <ButtonLink variant="secondary" href={forumHref.newThread({ api: api.slug, version, operation })}>Start a discussion</ButtonLink>
        {total > threads.length && (
          <Link href={forumHref.home({ api: api.slug, operation })} className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-300">
            See all {total} discussions
          </Link>
        )}
      </div>
    </section>
  );
}
