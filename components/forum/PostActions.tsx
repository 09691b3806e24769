"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { forumApi, forumHref } from "@/lib/forum/links";
import { FLAG_REASONS, type FlagReason } from "@/lib/forum/schemas";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { TextField, labelClasses } from "../ui/Field";
import { cn } from "../ui/cn";
import { messageOf, send, signInHref, type ApiResult, type FieldErrors } from "./forum-client";
import { MarkdownEditor } from "./MarkdownEditor";

type You = { voted: boolean; flagged: boolean; canVote: boolean; canFlag: boolean; canEdit: boolean; canDelete: boolean; canModerate: boolean; editableUntil: string | null };

type Props = {
  number: number;
  /** The reply's id; absent for the thread's opening post. */
  postId?: string;
  upvotes: number;
  signedIn: boolean;
  you: You;
  hidden: boolean;
  /** Replies: whether this is the accepted answer, and whether the reader may (un)accept. */
  accepted?: boolean;
  canAccept?: boolean;
  /** Current text, for the edit form. */
  edit: { body: string; title?: string; tags?: string[] };
  /** Where to go once the thread itself is deleted. */
  afterDelete?: string;
};

const FLAG_LABELS: Record<FlagReason, string> = {
  spam: "Spam or advertising",
  inappropriate: "Rude, abusive or inappropriate",
  "off-topic": "Off-topic or in the wrong place",
  other: "Something else (say what)",
};

const linkButton = "rounded-md px-2 py-1 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:opacity-60 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white";

/** Upvote, accept, flag, edit, delete and (for staff) hide, under one post. */
export function PostActions({ number, postId, upvotes, signedIn, you, hidden, accepted, canAccept, edit, afterDelete }: Props) {
  const router = useRouter();
  const [votes, setVotes] = useState({ upvotes, voted: you.voted });
  const [open, setOpen] = useState<"edit" | "flag" | null>(null);
  const [flagged, setFlagged] = useState(you.flagged);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const what = postId ? "reply" : "thread";
  const here = forumHref.thread(number);

  async function run<T>(call: () => Promise<ApiResult<T>>, after?: (data: T) => void) {
    setPending(true);
    setError(null);
    const result = await call();
    setPending(false);
    if (result.ok) {
      after?.(result.data);
      return true;
    }
    if (result.status === 401) window.location.assign(signInHref(here));
    else setError(messageOf(result));
    return false;
  }

  const vote = () =>
    run<{ upvotes: number; voted: boolean }>(
      () => send(votes.voted ? "DELETE" : "PUT", postId ? forumApi.postVote(postId) : forumApi.threadVote(number)),
      (data) => setVotes(data),
    );
  const accept = () =>
    run(() => (accepted ? send("DELETE", forumApi.acceptedAnswer(number)) : send("PUT", forumApi.acceptedAnswer(number), { postId })), () => router.refresh());
  const remove = async () => {
    if (!window.confirm(`Delete this ${what}? This cannot be undone.`)) return;
    await run(() => send("DELETE", postId ? forumApi.post(postId) : forumApi.thread(number)), () => {
      if (postId) router.refresh();
      else window.location.assign(afterDelete ?? forumHref.home());
    });
  };
  const toggleHidden = () => run(() => send("PATCH", postId ? forumApi.post(postId) : forumApi.thread(number), { hidden: !hidden }), () => router.refresh());

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-1">
        {you.canVote ? (
          <button type="button" onClick={vote} disabled={pending} aria-pressed={votes.voted} className={cn(linkButton, votes.voted && "bg-brand-50 text-brand-800 dark:bg-brand-950 dark:text-brand-200")}>
            <span aria-hidden="true">▲</span> {votes.voted ? "Upvoted" : "Upvote"} · {votes.upvotes}
          </button>
        ) : signedIn ? (
          <span className="px-2 py-1 text-sm text-slate-600 dark:text-slate-400">
            <span aria-hidden="true">▲</span> {votes.upvotes} {votes.upvotes === 1 ? "vote" : "votes"}
          </span>
        ) : (
          <a href={signInHref(here)} className={linkButton}>
            <span aria-hidden="true">▲</span> {votes.upvotes} · Sign in to vote
          </a>
        )}
        {postId && canAccept && !hidden && (
          <button type="button" onClick={accept} disabled={pending} className={cn(linkButton, !accepted && "text-emerald-700 dark:text-emerald-300")}>
            {accepted ? "Unaccept answer" : "Accept answer"}
          </button>
        )}
        {you.canEdit && (
          <button type="button" onClick={() => setOpen(open === "edit" ? null : "edit")} aria-expanded={open === "edit"} className={linkButton}>
            Edit
          </button>
        )}
        {you.canDelete && (
          <button type="button" onClick={remove} disabled={pending} className={cn(linkButton, "text-red-700 dark:text-red-400")}>
            Delete
          </button>
        )}
        {you.canModerate && postId && (
          <button type="button" onClick={toggleHidden} disabled={pending} className={linkButton}>
            {hidden ? "Unhide" : "Hide"}
          </button>
        )}
        {you.canFlag &&
          (flagged ? (
            <span className="px-2 py-1 text-sm text-slate-500 dark:text-slate-400">Flagged for review</span>
          ) : (
            <button type="button" onClick={() => setOpen(open === "flag" ? null : "flag")} aria-expanded={open === "flag"} className={linkButton}>
              Flag
            </button>
          ))}
        {you.editableUntil && (
          <span className="px-2 text-xs text-slate-500 dark:text-slate-400">
            You can edit until{" "}
            <time dateTime={you.editableUntil} suppressHydrationWarning>{new Date(you.editableUntil).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}</time>
          </span>
        )}
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {open === "edit" && <EditForm number={number} postId={postId} edit={edit} onDone={() => { setOpen(null); router.refresh(); }} />}
      {open === "flag" && (
        <FlagForm
          url={postId ? forumApi.postFlags(postId) : forumApi.threadFlags(number)}
          what={what}
          onDone={() => {
            setFlagged(true);
            setOpen(null);
          }}
          onCancel={() => setOpen(null)}
        />
      )}
    </div>
  );
}

function EditForm({ number, postId, edit, onDone }: { number: number; postId?: string; edit: Props["edit"]; onDone: () => void }) {
  const [title, setTitle] = useState(edit.title ?? "");
  const [tags, setTags] = useState((edit.tags ?? []).join(", "));
  const [body, setBody] = useState(edit.body);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  const id = postId ?? "thread";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await send("PATCH", postId ? forumApi.post(postId) : forumApi.thread(number), postId ? { body } : { title, body, tags });
    setPending(false);
    if (result.ok) return onDone();
    setErrors(result.errors);
    setMessage(result.message);
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800" noValidate>
      {!postId && <TextField id={`edit-title-${id}`} label="Title" name="title" value={title} onChange={(e) => setTitle(e.target.value)} errors={errors.title} />}
      {!postId && <TextField id={`edit-tags-${id}`} label="Tags" name="tags" value={tags} onChange={(e) => setTags(e.target.value)} errors={errors.tags} />}
      <MarkdownEditor id={`edit-body-${id}`} name="body" label="Text" value={body} onChange={setBody} errors={errors.body} />
      {message && <Alert tone="error">{message}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save changes"}</Button>
        <Button type="button" variant="ghost" onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}

function FlagForm({ url, what, onDone, onCancel }: { url: string; what: string; onDone: () => void; onCancel: () => void }) {
  const [reason, setReason] = useState<FlagReason>("spam");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await send("POST", url, { reason, note: note || undefined });
    setPending(false);
    if (result.ok || result.status === 409) return onDone();
    setErrors(result.errors);
    setMessage(result.message);
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800" noValidate>
      <fieldset className="space-y-2">
        <legend className={labelClasses}>What is wrong with this {what}?</legend>
        {FLAG_REASONS.map((r) => (
          <label key={r} className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
            <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} className="accent-brand-600" />
            {FLAG_LABELS[r]}
          </label>
        ))}
      </fieldset>
      <TextField label="Note for the moderators" name="note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} required={reason === "other"} errors={errors.note} hint="Optional unless you chose “Something else”." />
      {message && <Alert tone="error">{message}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Sending…" : "Flag for review"}</Button>
        <Button type="button" variant="ghost" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
