"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { inputClasses, labelClasses } from "@/components/ui/Field";
import type { DuplicateSuggestion } from "@/lib/triage/duplicates";
import { STATUS_LABELS, type Status } from "@/lib/triage/transitions";
import { itemUrl, send } from "./send";

type Props = {
  itemId: string;
  kind: string;
  status: Status;
  transitions: Status[];
  canReply: boolean;
  canned: { title: string; body: string }[];
  duplicates: DuplicateSuggestion[];
  merged: boolean;
};

/** Status, public reply or internal note, and merging into a duplicate. */
export function ItemActions({ itemId, status, transitions, canReply, canned, duplicates, merged }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [text, setText] = useState("");
  const [to, setTo] = useState<Status | "">("");
  const textBox = useRef<HTMLTextAreaElement>(null);

  // Keyboard: r writes a reply, u goes back up to the queue (as in mail clients); never while typing.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey || target?.closest("input, textarea, select, [contenteditable]")) return;
      if (event.key === "r") {
        event.preventDefault();
        textBox.current?.focus();
      } else if (event.key === "u") {
        router.push("/admin/triage");
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [router]);

  const reply = () => run(() => send(itemUrl(itemId, "/replies"), "POST", { body: text }), "Reply sent to the reporter.");

  async function run(action: () => Promise<string | null>, success: string) {
    setPending(true);
    setError(null);
    setDone(null);
    const failure = await action();
    setPending(false);
    if (failure) return setError(failure);
    setText("");
    setTo("");
    setDone(success);
    router.refresh();
  }

  function submitStatus(event: FormEvent) {
    event.preventDefault();
    if (!to) return setError("Choose the new status.");
    void run(() => send(itemUrl(itemId), "PATCH", { status: to, ...(text.trim() ? { resolutionNote: text } : {}) }), `Status set to ${STATUS_LABELS[to]}.`);
  }

  return (
    <Card className="space-y-5">
      <h2 className="text-lg font-semibold text-slate-900 dark:text-white">Act on this item</h2>
      <div className="space-y-2">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <label htmlFor="item-text" className={labelClasses}>Reply, note or resolution note (Markdown)</label>
          {canned.length > 0 && (
            <select aria-label="Insert a canned reply" className={`${inputClasses} w-auto`} value="" onChange={(e) => e.target.value && setText((t) => (t ? `${t}\n\n` : "") + e.target.value)}>
              <option value="">Insert a canned reply…</option>
              {canned.map((c) => <option key={c.title} value={c.body}>{c.title}</option>)}
            </select>
          )}
        </div>
        <textarea
          id="item-text"
          name="text"
          ref={textBox}
          rows={5}
          className={inputClasses}
          value={text}
          aria-describedby="item-text-keys"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") e.currentTarget.blur();
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && canReply) {
              e.preventDefault();
              void reply();
            }
          }}
        />
        <p id="item-text-keys" className="text-xs text-slate-600 dark:text-slate-400">
          Press r to write here{canReply ? ", Ctrl+Enter to reply publicly" : ""}, Escape to leave the box; u goes back to the queue.
        </p>
        <div className="flex flex-wrap gap-2">
          {canReply && (
            <Button type="button" disabled={pending} onClick={() => void reply()}>
              Reply publicly
            </Button>
          )}
          <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => send(itemUrl(itemId, "/notes"), "POST", { body: text }), "Internal note added.")}>
            Add internal note
          </Button>
        </div>
      </div>

      {transitions.length > 0 && (
        <form onSubmit={submitStatus} className="flex flex-wrap items-end gap-2 border-t border-slate-200 pt-4 dark:border-slate-800">
          <div>
            <label htmlFor="item-status" className={labelClasses}>Move from {STATUS_LABELS[status]} to</label>
            <select id="item-status" name="status" className={inputClasses} value={to} onChange={(e) => setTo(e.target.value as Status)}>
              <option value="">Choose…</option>
              {transitions.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
            </select>
          </div>
          <Button type="submit" disabled={pending}>Change status</Button>
          <p className="w-full text-xs text-slate-600 dark:text-slate-400">Resolved and Won&apos;t fix need a resolution note (the text above): the reporter reads it.</p>
        </form>
      )}

      {!merged && (
        <div className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
          <h3 className="text-sm font-semibold text-slate-900 dark:text-white">Suggested duplicates</h3>
          {duplicates.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">No likely duplicates found.</p>
          ) : (
            <ul className="space-y-2">
              {duplicates.map((d) => (
                <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                  <span>
                    <a className="font-medium text-brand-700 hover:underline dark:text-brand-300" href={`/admin/triage/${d.number}`}>T-{d.number}</a> {d.title}{" "}
                    <span className="text-slate-500 dark:text-slate-400">— score {Math.round(d.score * 100)} %{d.reasons.length ? `: ${d.reasons.join(", ")}` : ""}</span>
                  </span>
                  <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => send(itemUrl(itemId, "/merge"), "POST", { into: d.id }), `Merged into T-${d.number}.`)}>
                    Merge into T-{d.number}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              const into = String(new FormData(e.currentTarget).get("into") ?? "").trim();
              void run(() => send(itemUrl(itemId, "/merge"), "POST", { into }), `Merged into ${into}.`);
            }}
          >
            <div>
              <label htmlFor="merge-into" className={labelClasses}>Merge into item number</label>
              <input id="merge-into" name="into" placeholder="T-123" className={inputClasses} />
            </div>
            <Button type="submit" variant="secondary" disabled={pending}>Merge as duplicate</Button>
          </form>
        </div>
      )}
      <div aria-live="polite">
        {error && <Alert tone="error">{error}</Alert>}
        {done && <Alert tone="success">{done}</Alert>}
      </div>
    </Card>
  );
}
