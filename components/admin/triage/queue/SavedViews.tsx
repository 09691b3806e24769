"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Button } from "@/components/ui/Button";
import { cn } from "@/components/ui/cn";
import { inputClasses } from "@/components/ui/Field";
import { fetchViews, queueKeys, removeView, saveView } from "./queue-client";

/** Two query strings that ask for the same thing, whatever the order of their keys. */
export function sameQuery(a: string, b: string): boolean {
  const norm = (q: string) => {
    const params = new URLSearchParams(q);
    params.delete("after");
    params.sort();
    return params.toString();
  };
  return norm(a) === norm(b);
}

/** My views and the shared ones: pick one to apply it, save the current filters, delete a view. */
export function SavedViews({ query, onApply }: { query: string; onApply: (query: string) => void }) {
  const queryClient = useQueryClient();
  const views = useQuery({ queryKey: queueKeys.views, queryFn: fetchViews, staleTime: 60_000 });
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const current = views.data?.find((v) => sameQuery(v.query, query));

  const save = useMutation({
    mutationFn: () => saveView({ name, query, shared }),
    onSuccess: () => {
      setSaving(false);
      setName("");
      setShared(false);
      setError(null);
    },
    onError: (e) => setError(e.message),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queueKeys.views }),
  });
  const remove = useMutation({
    mutationFn: (id: string) => removeView(id),
    onError: (e) => setError(e.message),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queueKeys.views }),
  });

  const mine = views.data?.filter((v) => v.mine) ?? [];
  const others = views.data?.filter((v) => !v.mine) ?? [];

  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-400">
        Saved view
        <select
          className={cn(inputClasses, "w-auto py-1.5 pr-8")}
          value={current?.id ?? ""}
          onChange={(e) => {
            const view = views.data?.find((v) => v.id === e.target.value);
            if (view) onApply(view.query);
          }}
        >
          <option value="">{views.isPending ? "Loading…" : "Current filters"}</option>
          {mine.length > 0 && (
            <optgroup label="My views">
              {mine.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                  {v.shared ? " (shared)" : ""}
                </option>
              ))}
            </optgroup>
          )}
          {others.length > 0 && (
            <optgroup label="Shared views">
              {others.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name} — {v.owner.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      {current?.canDelete && (
        <Button variant="ghost" className="px-3 py-1.5" disabled={remove.isPending} onClick={() => window.confirm(`Delete the view “${current.name}”?`) && remove.mutate(current.id)}>
          Delete view
        </Button>
      )}
      {!saving ? (
        <Button variant="secondary" className="px-3 py-1.5" onClick={() => setSaving(true)}>
          Save view
        </Button>
      ) : (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
          onKeyDown={(e) => e.key === "Escape" && setSaving(false)}
        >
          <label htmlFor={nameId} className="flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-400">
            View name
            <input id={nameId} autoFocus required maxLength={60} className={cn(inputClasses, "py-1.5")} value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="flex items-center gap-1.5 pb-2 text-sm text-slate-800 dark:text-slate-200">
            <input type="checkbox" className="size-4 accent-brand-600" checked={shared} onChange={(e) => setShared(e.target.checked)} />
            Share with all staff
          </label>
          <Button type="submit" className="px-3 py-1.5" disabled={save.isPending || !name.trim()}>
            Save
          </Button>
          <Button type="button" variant="ghost" className="px-3 py-1.5" onClick={() => setSaving(false)}>
            Cancel
          </Button>
        </form>
      )}
      {error && (
        <p role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
