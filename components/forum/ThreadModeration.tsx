"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { forumApi } from "@/lib/forum/links";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { SelectField } from "../ui/Field";
import { messageOf, send } from "./forum-client";

type State = { pinned: boolean; locked: boolean; hidden: boolean; category: string };

/** Staff controls of a thread: pin, lock, hide, move, delete. Each action is audited on the server. */
export function ThreadModeration({ number, state, categories, afterDelete }: { number: number; state: State; categories: { slug: string; name: string }[]; afterDelete: string }) {
  const router = useRouter();
  const [target, setTarget] = useState(state.category);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function patch(change: Partial<State>) {
    setPending(true);
    setError(null);
    const result = await send("PATCH", forumApi.thread(number), change);
    setPending(false);
    if (!result.ok) return setError(messageOf(result));
    router.refresh();
  }

  async function remove() {
    if (!window.confirm("Delete this thread and all its replies? This cannot be undone.")) return;
    setPending(true);
    const result = await send("DELETE", forumApi.thread(number));
    setPending(false);
    if (!result.ok) return setError(messageOf(result));
    window.location.assign(afterDelete);
  }

  return (
    <section aria-labelledby="moderation-heading" className="space-y-3 rounded-xl border border-amber-300 bg-amber-50/60 p-4 dark:border-amber-800 dark:bg-amber-950/30">
      <h2 id="moderation-heading" className="text-sm font-semibold text-amber-950 dark:text-amber-100">Moderation (staff)</h2>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={pending} onClick={() => patch({ pinned: !state.pinned })}>{state.pinned ? "Unpin" : "Pin"}</Button>
        <Button variant="secondary" disabled={pending} onClick={() => patch({ locked: !state.locked })}>{state.locked ? "Unlock" : "Lock"}</Button>
        <Button variant="secondary" disabled={pending} onClick={() => patch({ hidden: !state.hidden })}>{state.hidden ? "Unhide" : "Hide"}</Button>
        <Button variant="danger" disabled={pending} onClick={remove}>Delete thread</Button>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <SelectField label="Move to category" name="category" id={`move-${number}`} value={target} onChange={(e) => setTarget(e.target.value)} className="min-w-48">
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>{c.name}</option>
          ))}
        </SelectField>
        <Button variant="secondary" disabled={pending || target === state.category} onClick={() => patch({ category: target })}>Move</Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
    </section>
  );
}
