"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { forumApi } from "@/lib/forum/links";
import { replyInputSchema } from "@/lib/forum/schemas";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { useDraft } from "./drafts";
import { send, signInHref, type FieldErrors } from "./forum-client";
import { MarkdownEditor } from "./MarkdownEditor";

/** The reply box under a thread; the draft survives a sign-in round trip. */
export function ReplyForm({ number, here }: { number: number; here: string }) {
  const router = useRouter();
  const [draft, update, clearDraft] = useDraft(`forum-reply-draft:${number}`, { body: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local = replyInputSchema.safeParse({ body: draft.body });
    if (!local.success) {
      setErrors({ body: local.error.issues.map((i) => i.message) });
      return;
    }
    setPending(true);
    setErrors({});
    setMessage(undefined);
    const result = await send<{ reply: { id: string; url: string } }>("POST", forumApi.replies(number), { body: draft.body });
    setPending(false);
    if (result.ok) {
      update({ body: "" });
      clearDraft();
      router.refresh();
      return;
    }
    if (result.status === 401) {
      window.location.assign(signInHref(`${here}#reply`));
      return;
    }
    setErrors(result.errors);
    setMessage(result.message);
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-3" noValidate aria-labelledby="reply-heading">
      <h2 id="reply-heading" className="text-lg font-semibold text-slate-900 dark:text-white">Your reply</h2>
      <MarkdownEditor id="reply-body" name="body" label="Reply" value={draft.body} onChange={(body) => update({ body })} errors={errors.body} placeholder="Share what worked for you, or ask for details." />
      {message && <Alert tone="error">{message}</Alert>}
      <Button type="submit" disabled={pending}>{pending ? "Posting…" : "Post reply"}</Button>
    </form>
  );
}
