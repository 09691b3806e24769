"use client";

import { useState, type FormEvent } from "react";
import { forumApi } from "@/lib/forum/links";
import { MAX_TAGS, TITLE_MAX } from "@/lib/forum/limits";
import { threadInputSchema } from "@/lib/forum/schemas";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { SelectField, TextField } from "../ui/Field";
import { useDraft } from "./drafts";
import { send, signInHref, type FieldErrors } from "./forum-client";
import { MarkdownEditor } from "./MarkdownEditor";

type Category = { slug: string; name: string; apiSlug: string | null };
type Link = { api: string; apiName: string; version?: string; operation?: string; operationLabel?: string };

/** "New thread": title, category, tags and a Markdown body, optionally about one operation. */
export function ThreadForm({ categories, defaultCategory, link, here }: { categories: Category[]; defaultCategory: string; link: Link | null; here: string }) {
  const [draft, update, clearDraft] = useDraft(`forum-thread-draft:${here}`, { title: "", body: "", tags: "", category: defaultCategory });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  // A thread about an API goes to General or to that API's category.
  const choices = link ? categories.filter((c) => c.apiSlug === null || c.apiSlug === link.api) : categories;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const payload = { title: draft.title, body: draft.body, tags: draft.tags, category: draft.category, api: link?.api, version: link?.version, operation: link?.operation };
    const local = threadInputSchema.safeParse(payload);
    if (!local.success) {
      setErrors(Object.fromEntries(local.error.issues.map((i) => [String(i.path[0] ?? "_"), [i.message]])));
      setMessage("Check the highlighted fields.");
      return;
    }
    setPending(true);
    setErrors({});
    setMessage(undefined);
    const result = await send<{ url: string }>("POST", forumApi.threads(), payload);
    if (result.ok) {
      clearDraft();
      window.location.assign(result.data.url);
      return;
    }
    if (result.status === 401) {
      window.location.assign(signInHref(here));
      return;
    }
    setErrors(result.errors);
    setMessage(result.message);
    setPending(false);
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-6" noValidate>
      {message && <Alert tone="error">{message}</Alert>}
      {link && (
        <section aria-labelledby="about-heading" className="rounded-xl border border-slate-200 bg-slate-50 p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
          <h2 id="about-heading" className="font-semibold text-slate-900 dark:text-white">About</h2>
          <p className="mt-1 break-words">
            {link.apiName}
            {link.version ? ` ${link.version}` : ""}
            {link.operation && <span className="font-mono text-xs"> · {link.operationLabel ?? link.operation}</span>}
          </p>
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">The thread will be listed under “Related discussions” on this operation&apos;s page.</p>
        </section>
      )}
      <TextField label="Title" name="title" value={draft.title} onChange={(e) => update({ title: e.target.value })} maxLength={TITLE_MAX} required placeholder="e.g. How do I page through findPetsByStatus results?" errors={errors.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Category" name="category" value={draft.category} onChange={(e) => update({ category: e.target.value })} errors={errors.category}>
          {choices.map((c) => (
            <option key={c.slug} value={c.slug}>{c.name}</option>
          ))}
        </SelectField>
        <TextField label="Tags" name="tags" value={draft.tags} onChange={(e) => update({ tags: e.target.value })} hint={`Up to ${MAX_TAGS}, separated by commas: lower-case letters, digits and dashes.`} placeholder="pagination, sdk-js" errors={errors.tags} />
      </div>
      <MarkdownEditor id="thread-body" name="body" label="Your question or idea" value={draft.body} onChange={(body) => update({ body })} errors={errors.body} rows={10} placeholder="What are you trying to do, what did you try, what happened?" />
      {(errors.api || errors.version || errors.operation) && <Alert tone="error">{[...(errors.api ?? []), ...(errors.version ?? []), ...(errors.operation ?? [])].join(" ")}</Alert>}
      <Button type="submit" disabled={pending}>{pending ? "Posting…" : "Post thread"}</Button>
    </form>
  );
}
