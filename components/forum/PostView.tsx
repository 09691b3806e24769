import type { ReactNode } from "react";
import type { ForumAuthor } from "@/lib/forum/threads";
import { Badge } from "../ui/Badge";
import { Markdown } from "../ui/Markdown";
import { cn } from "../ui/cn";
import { timeAgo, utcTime } from "../ui/dates";

/** One post (a thread's opening post or a reply): author, staff badge, time, "edited" mark, body. */
export function PostView({
  id,
  author,
  createdAt,
  editedAt,
  body,
  hidden,
  accepted = false,
  label,
  children,
}: {
  id: string;
  author: ForumAuthor;
  createdAt: Date;
  editedAt: Date | null;
  body: string;
  hidden: boolean;
  accepted?: boolean;
  label: string;
  children?: ReactNode;
}) {
  const now = new Date();
  return (
    <article
      id={id}
      aria-label={label}
      className={cn(
        "scroll-mt-24 space-y-3 rounded-xl border p-4 sm:p-5",
        accepted ? "border-emerald-400 bg-emerald-50/50 dark:border-emerald-700 dark:bg-emerald-950/20" : "border-slate-200 dark:border-slate-800",
        hidden && "border-dashed opacity-80",
      )}
    >
      <header className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold text-slate-900 dark:text-white">{author.name}</span>
        {author.staff && <Badge tone="brand">Staff</Badge>}
        {author.isYou && <span className="text-slate-500 dark:text-slate-400">(you)</span>}
        <span className="text-slate-500 dark:text-slate-400">
          ·{" "}
          <time dateTime={createdAt.toISOString()} title={utcTime(createdAt)}>
            {timeAgo(createdAt, { now })}
          </time>
        </span>
        {editedAt && (
          <span className="text-xs italic text-slate-500 dark:text-slate-400" title={`Edited ${utcTime(editedAt)}`}>
            edited
          </span>
        )}
        {accepted && <Badge tone="brand">Accepted answer</Badge>}
        {hidden && <Badge tone="danger">Hidden: only staff and the author see this</Badge>}
      </header>
      <Markdown className="break-words">{body}</Markdown>
      {children}
    </article>
  );
}
