"use client";

import { useState, type FormEvent } from "react";
import { EMAIL_CATEGORIES, EMAIL_CATEGORY_LABELS, PREFERENCE_FIELD } from "@/lib/notify/categories";
import type { NotificationPreferences } from "@/lib/notify/schemas";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";

/** Which notifications also come by email; in-app notifications are always kept. */
export function NotificationPreferencesForm({ initial }: { initial: NotificationPreferences }) {
  const [values, setValues] = useState(initial);
  const [state, setState] = useState<{ kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string }>({ kind: "idle" });

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setState({ kind: "saving" });
    try {
      const response = await fetch("/api/v1/notifications/preferences", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(values),
      });
      if (!response.ok) {
        const problem = (await response.json().catch(() => ({}))) as { detail?: string };
        throw new Error(problem.detail ?? "Your settings could not be saved.");
      }
      setValues((await response.json()) as NotificationPreferences);
      setState({ kind: "saved" });
    } catch (error) {
      setState({ kind: "error", message: error instanceof Error ? error.message : "Your settings could not be saved." });
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} className="space-y-4">
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Also send me an email about</legend>
        {EMAIL_CATEGORIES.map((category) => {
          const field = PREFERENCE_FIELD[category];
          const id = `email-${category}`;
          return (
            <div key={category} className="flex gap-3">
              <input
                id={id}
                type="checkbox"
                checked={values[field]}
                onChange={(e) => {
                  setValues((v) => ({ ...v, [field]: e.target.checked }));
                  setState({ kind: "idle" });
                }}
                aria-describedby={`${id}-hint`}
                className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-300 text-brand-600 accent-brand-600 dark:border-slate-600"
              />
              <div>
                <label htmlFor={id} className="text-sm font-medium text-slate-900 dark:text-slate-100">
                  {EMAIL_CATEGORY_LABELS[category].label}
                </label>
                <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
                  {EMAIL_CATEGORY_LABELS[category].hint}
                </p>
              </div>
            </div>
          );
        })}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={state.kind === "saving"}>
          {state.kind === "saving" ? "Saving…" : "Save email settings"}
        </Button>
        <span aria-live="polite" className="text-sm">
          {state.kind === "saved" && <span className="text-emerald-700 dark:text-emerald-400">Saved.</span>}
        </span>
      </div>
      {state.kind === "error" && <Alert tone="error">{state.message}</Alert>}
      <p className="text-xs text-slate-600 dark:text-slate-400">You always see notifications under the bell at the top of the page.</p>
    </form>
  );
}
