import type { Metadata } from "next";
import Link from "next/link";
import { FlagReview } from "@/components/forum/FlagReview";
import { utcTime } from "@/components/ui/dates";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { cn } from "@/components/ui/cn";
import { staffPageActor } from "@/lib/auth/page-access";
import { flagListSchema, listFlags } from "@/lib/forum/flags";
import { forumHref } from "@/lib/forum/links";

export const metadata: Metadata = { title: "Flagged posts · Forum" };

const STATUSES = [
  { status: "open", label: "Open" },
  { status: "resolved", label: "Resolved" },
  { status: "all", label: "All" },
] as const;

/** Staff: posts that members flagged, oldest open flag first. */
export default async function FlagsPage({ searchParams }: PageProps<"/admin/forum-flags">) {
  const actor = await staffPageActor(forumHref.flags());
  const raw = await searchParams;
  const parsed = flagListSchema.safeParse({ status: typeof raw.status === "string" ? raw.status : undefined, page: typeof raw.page === "string" ? raw.page : undefined });
  const filter = parsed.success ? parsed.data : flagListSchema.parse({});
  const { flags, page, pageCount, total } = await listFlags(actor, filter);
  const href = (query: { status?: string; page?: number }) => {
    const params = new URLSearchParams();
    if (query.status && query.status !== "open") params.set("status", query.status);
    if (query.page && query.page > 1) params.set("page", String(query.page));
    return params.size ? `${forumHref.flags()}?${params}` : forumHref.flags();
  };
  return (
    <div className="space-y-8">
      <PageHeader title="Flagged posts" description="Posts that members flagged in the forum. Hide what breaks the rules, then resolve the flag. Every action is audited." />
      <nav aria-label="Flag status" className="flex gap-1">
        {STATUSES.map((s) => (
          <Link
            key={s.status}
            href={href({ status: s.status })}
            aria-current={filter.status === s.status ? "page" : undefined}
            className={cn("rounded-lg px-3 py-1.5 text-sm font-medium", filter.status === s.status ? "bg-slate-900 text-white dark:bg-white dark:text-slate-900" : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800")}
          >
            {s.label}
          </Link>
        ))}
      </nav>
      {flags.length === 0 ? (
        <EmptyState title={filter.status === "open" ? "No flags to review" : "No flags here"}>
          {filter.status === "open" ? "When members flag a thread or a reply, it shows up here." : "Choose another status above."}
        </EmptyState>
      ) : (
        <ul className="space-y-4">
          {flags.map((f) => (
            <li key={f.id} className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <Badge tone={f.resolvedAt ? "neutral" : "warning"}>{f.resolvedAt ? "Resolved" : "Open"}</Badge>
                <span className="font-medium text-slate-900 dark:text-white">{f.reason}</span>
                <span className="text-slate-600 dark:text-slate-400">
                  flagged by {f.reporter} · {utcTime(f.createdAt)}
                </span>
              </div>
              <div className="space-y-1 rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-900">
                <p>
                  {f.target.kind === "thread" ? "Thread" : "Reply in"}{" "}
                  <Link href={f.target.postId ? forumHref.reply(f.target.number, f.target.postId) : forumHref.thread(f.target.number)} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
                    {f.target.threadTitle}
                  </Link>{" "}
                  by {f.target.author.name}
                  {f.target.author.staff ? " (staff)" : ""} {f.target.hidden && <Badge tone="danger">Hidden</Badge>}
                </p>
                <p className="break-words text-slate-700 dark:text-slate-300">{f.target.excerpt}</p>
              </div>
              <FlagReview flagId={f.id} resolved={f.resolvedAt !== null} target={{ number: f.target.number, postId: f.target.postId, hidden: f.target.hidden }} />
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 && (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {page > 1 ? <Link href={href({ status: filter.status, page: page - 1 })} className="text-brand-700 hover:underline dark:text-brand-300">← Previous</Link> : <span />}
          <span className="text-slate-600 dark:text-slate-400">Page {page} of {pageCount} · {total} flags</span>
          {page < pageCount ? <Link href={href({ status: filter.status, page: page + 1 })} className="text-brand-700 hover:underline dark:text-brand-300">Next →</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
