"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { CANNED_BODY_MAX, CANNED_TITLE_MAX } from "@/lib/triage/config-schemas";
import { Alert } from "../../ui/Alert";
import { Button } from "../../ui/Button";
import { EmptyState } from "../../ui/EmptyState";
import { TextField, inputClasses, labelClasses } from "../../ui/Field";
import { cn } from "../../ui/cn";
import { configApi, messageOf, send, type FieldErrors } from "./config-client";
import { FieldMessage } from "./FieldMessage";

export type CannedReplyItem = { id: string; title: string; body: string };

/** Title and Markdown body of a new or edited reply. */
function ReplyForm({ reply, onDone }: { reply?: CannedReplyItem; onDone: () => void }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const idPrefix = reply ? `reply-${reply.id}` : "new-reply";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { title: String(form.get("title") ?? ""), body: String(form.get("body") ?? "") };
    setPending(true);
    const result = reply ? await send("PATCH", configApi.cannedReply(reply.id), body) : await send("POST", configApi.cannedReplies, body);
    setPending(false);
    if (!result.ok) {
      setErrors(result.errors);
      setMessage(result.message);
      return;
    }
    setErrors({});
    setMessage(null);
    onDone();
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      <TextField id={`${idPrefix}-title`} label="Title" name="title" defaultValue={reply?.title} maxLength={CANNED_TITLE_MAX} required errors={errors.title} hint="What staff pick from the list, e.g. “Fixed in the next release”." />
      <div>
        <label htmlFor={`${idPrefix}-body`} className={labelClasses}>
          Reply
        </label>
        <textarea
          id={`${idPrefix}-body`}
          name="body"
          rows={6}
          defaultValue={reply?.body}
          maxLength={CANNED_BODY_MAX}
          required
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? `${idPrefix}-body-error` : undefined}
          placeholder="Markdown works: **bold**, `code`, lists and links."
          className={cn(inputClasses, "mt-1.5")}
        />
        <FieldMessage id={`${idPrefix}-body-error`} messages={errors.body} />
      </div>
      {message && !errors.title && !errors.body && <Alert tone="error">{message}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {reply ? "Save reply" : "Add reply"}
        </Button>
        {reply && (
          <Button type="button" variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

function ReplyRow({ reply }: { reply: CannedReplyItem }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function remove() {
    if (!window.confirm(`Delete the canned reply “${reply.title}”? Replies already sent stay as they are.`)) return;
    setPending(true);
    const result = await send("DELETE", configApi.cannedReply(reply.id));
    setPending(false);
    if (!result.ok) return setError(messageOf(result));
    router.refresh();
  }

  if (editing) {
    return (
      <li className="px-4 py-4 sm:px-5">
        <ReplyForm reply={reply} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="space-y-2 px-4 py-4 sm:px-5">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-medium text-slate-900 dark:text-white">{reply.title}</h3>
        <div className="flex gap-1">
          <Button variant="ghost" className="px-2.5 py-1" onClick={() => setEditing(true)} aria-label={`Edit “${reply.title}”`}>
            Edit
          </Button>
          <Button variant="ghost" className="px-2.5 py-1 text-red-700 dark:text-red-400" disabled={pending} onClick={() => void remove()} aria-label={`Delete “${reply.title}”`}>
            Delete
          </Button>
        </div>
      </div>
      <p className="line-clamp-3 whitespace-pre-line text-sm text-slate-600 dark:text-slate-400">{reply.body}</p>
      {error && <Alert tone="error">{error}</Alert>}
    </li>
  );
}

/** The canned replies staff insert into public replies: list, add, edit, delete. */
export function CannedRepliesManager({ replies }: { replies: CannedReplyItem[] }) {
  const [adding, setAdding] = useState(false);
  return (
    <div className="space-y-4">
      {replies.length === 0 ? (
        <EmptyState title="No canned replies yet">Add the answers your team writes again and again; staff pick them in an item&apos;s reply box and adapt them before sending.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {replies.map((reply) => (
            <ReplyRow key={reply.id} reply={reply} />
          ))}
        </ul>
      )}
      {adding ? (
        <div className="rounded-xl border border-slate-200 p-4 sm:p-5 dark:border-slate-800">
          <h3 className="mb-3 font-medium text-slate-900 dark:text-white">New canned reply</h3>
          <ReplyForm onDone={() => setAdding(false)} />
          <Button type="button" variant="ghost" className="mt-2" onClick={() => setAdding(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setAdding(true)}>
          Add a canned reply
        </Button>
      )}
    </div>
  );
}
