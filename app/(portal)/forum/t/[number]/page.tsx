import type { Metadata } from "next";
import Link from "next/link";
import { docsHref } from "@/lib/links";
import { PostActions } from "@/components/forum/PostActions";
import { PostView } from "@/components/forum/PostView";
import { ReplyForm } from "@/components/forum/ReplyForm";
import { ThreadBadges } from "@/components/forum/ThreadList";
import { ThreadModeration } from "@/components/forum/ThreadModeration";
import { ButtonLink } from "@/components/ui/Button";
import { getActor } from "@/lib/auth/actor";
import { listCategories } from "@/lib/forum/categories";
import { forumHref } from "@/lib/forum/links";
import { excerpt } from "@/lib/forum/markdown-text";
import { getThread, type ThreadDetail } from "@/lib/forum/threads";
import { threadNumberParam } from "@/lib/forum/params";
import { forPage } from "@/lib/http/page-errors";

type Props = PageProps<"/forum/t/[number]">;

const numberOf = async (params: Props["params"]) => threadNumberParam.parse(await params).number;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const thread = await getThread(await getActor(), await numberOf(params)).catch(() => null);
  return { title: thread ? `${thread.title} · Forum` : "Not found" };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export default async function ThreadPage({ params }: Props) {
  const actor = await getActor();
  const thread = await forPage(getThread(actor, await numberOf(params)));
  const here = forumHref.thread(thread.number);
  const accepted = thread.replies.find((r) => r.id === thread.acceptedPostId);
  const categories = thread.you.canModerate ? await listCategories(actor) : [];
  const link = thread.link;
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
          <Link href={forumHref.home()} className="hover:underline">Forum</Link> /{" "}
          <Link href={forumHref.category(thread.category.slug)} className="hover:underline">{thread.category.name}</Link>
        </nav>
        <h1 className="break-words text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl dark:text-white">{thread.title}</h1>
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          <ThreadBadges thread={thread} />
          {thread.tags.map((tag) => (
            <Link key={tag} href={forumHref.home({ tag })} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:hover:bg-slate-700">
              #{tag}
            </Link>
          ))}
          <span>
            #{thread.number} · {thread.replyCount} {thread.replyCount === 1 ? "reply" : "replies"}
          </span>
        </div>
        {link && (
          <p className="text-sm">
            About{" "}
            <Link
              href={link.operation && link.version ? docsHref.operation(link.api, link.version, link.operation) : link.version ? docsHref.version(link.api, link.version) : docsHref.api(link.api)}
              className="font-medium text-brand-700 hover:underline dark:text-brand-300"
            >
              {link.apiName}
              {link.version ? ` ${link.version}` : ""}
              {link.operation ? ` · ${link.operation}` : ""}
            </Link>
          </p>
        )}
      </header>

      {accepted && (
        <aside aria-labelledby="solution-heading" className="rounded-xl border border-emerald-400 bg-emerald-50 p-4 text-sm dark:border-emerald-700 dark:bg-emerald-950/40">
          <h2 id="solution-heading" className="font-semibold text-emerald-950 dark:text-emerald-100">
            Solved: answer by {accepted.author.isYou ? "you" : accepted.author.name}
            {accepted.author.staff ? " (staff)" : ""}
          </h2>
          <p className="mt-1 line-clamp-3 text-emerald-950/80 dark:text-emerald-100/80">{excerpt(accepted.body, 240)}</p>
          <a href={`#post-${accepted.id}`} className="mt-2 inline-block font-medium text-emerald-800 hover:underline dark:text-emerald-200">
            Go to the accepted answer ↓
          </a>
        </aside>
      )}

      <PostView id="post-thread" label="Question" author={thread.author} createdAt={thread.createdAt} editedAt={thread.editedAt} body={thread.body} hidden={thread.hidden}>
        <PostActions
          number={thread.number}
          upvotes={thread.upvotes}
          signedIn={thread.you.signedIn}
          you={{ ...thread.you, canModerate: false, editableUntil: iso(thread.you.editableUntil) }}
          hidden={thread.hidden}
          edit={{ title: thread.title, body: thread.body, tags: thread.tags }}
          afterDelete={forumHref.category(thread.category.slug)}
        />
      </PostView>

      {thread.you.canModerate && (
        <ThreadModeration
          number={thread.number}
          state={{ pinned: thread.pinned, locked: thread.locked, hidden: thread.hidden, category: thread.category.slug }}
          categories={categories.map((c) => ({ slug: c.slug, name: c.name }))}
          afterDelete={forumHref.category(thread.category.slug)}
        />
      )}

      <section aria-labelledby="replies-heading" className="space-y-4">
        <h2 id="replies-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
          {thread.replies.length === 0 ? "No replies yet" : `${thread.replies.length} ${thread.replies.length === 1 ? "reply" : "replies"}`}
        </h2>
        {thread.replies.length === 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {thread.author.isYou ? "Your question is listed under Unanswered, and our team picks it up if nobody answers within a day. Add details while you wait: what you tried, request ids, SDK versions." : "Be the first to help: share what worked for you."}
          </p>
        )}
        {thread.replies.map((reply, i) => (
          <PostView
            key={reply.id}
            id={`post-${reply.id}`}
            label={`Reply ${i + 1} by ${reply.author.name}${reply.accepted ? ", the accepted answer" : ""}`}
            author={reply.author}
            createdAt={reply.createdAt}
            editedAt={reply.editedAt}
            body={reply.body}
            hidden={reply.hidden}
            accepted={reply.accepted}
          >
            <PostActions
              number={thread.number}
              postId={reply.id}
              upvotes={reply.upvotes}
              signedIn={thread.you.signedIn}
              you={{ ...reply.you, editableUntil: iso(reply.you.editableUntil) }}
              hidden={reply.hidden}
              accepted={reply.accepted}
              canAccept={thread.you.canAccept}
              edit={{ body: reply.body }}
            />
          </PostView>
        ))}
      </section>

      <div id="reply" className="scroll-mt-24">
        <ReplyArea thread={thread} here={here} />
      </div>
    </div>
  );
}

function ReplyArea({ thread, here }: { thread: ThreadDetail; here: string }) {
  if (thread.you.canReply) return <ReplyForm number={thread.number} here={here} />;
  const note = "rounded-xl border border-slate-200 bg-slate-50 p-4 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300";
  if (thread.locked) return <p className={note}>This thread is locked: it takes no new replies. Start a new thread if you have a related question.</p>;
  if (thread.hidden) return <p className={note}>This thread is hidden by the moderators while they review it, so it takes no replies.</p>;
  return (
    <div className={`${note} flex flex-col items-start gap-3 sm:flex-row sm:items-center sm:justify-between`}>
      <span>Sign in to reply, vote or flag. You will come back to this thread.</span>
      <ButtonLink href={`/signin?callbackUrl=${encodeURIComponent(`${here}#reply`)}`}>Sign in to reply</ButtonLink>
    </div>
  );
}
