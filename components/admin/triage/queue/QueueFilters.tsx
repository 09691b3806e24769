"use client";

import { useEffect, useState } from "react";
import { cn } from "@/components/ui/cn";
import { inputClasses } from "@/components/ui/Field";
import { TRIAGE_CATEGORY_LABELS } from "@/lib/triage/classifier/categories";
import { PRIORITY_LABELS } from "@/lib/triage/priority";
import { TRIAGE_CATEGORIES as CATEGORIES } from "@/lib/triage/classifier/categories";
import { PRIORITIES } from "@/lib/triage/priority";
import { FEEDBACK_KINDS, QUEUE_SORTS, TRIAGE_STATUSES, type QueueSort } from "@/lib/triage/queue-query";
import { STATUS_LABELS } from "@/lib/triage/transitions";
import type { People } from "./queue-client";
import { KIND_LABELS } from "./QueueCells";

export const SEARCH_INPUT_ID = "triage-search";

const SORT_LABELS: Record<QueueSort, string> = {
  sla: "SLA due first",
  priority: "Priority",
  newest: "Newest",
  oldest: "Oldest",
  updated: "Recently updated",
  affected: "Most affected",
};

const ALL_STATUSES = TRIAGE_STATUSES.join(",");

type Option = { value: string; label: string };

const selectClasses = cn(inputClasses, "w-auto min-w-0 py-1.5 pr-8");

/** A filter select; a value from the address that is not in the list (e.g. "critical,high") is kept and shown as is. */
function FilterSelect({ label, value, options, onChange }: { label: string; value: string; options: Option[]; onChange: (value: string) => void }) {
  const known = !value || options.some((o) => o.value === value);
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-400">
      {label}
      <select className={selectClasses} value={value} onChange={(e) => onChange(e.target.value)}>
        {!known && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function Flag({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="flex items-center gap-1.5 self-end pb-2 text-sm text-slate-800 dark:text-slate-200">
      <input type="checkbox" className="size-4 accent-brand-600" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

function TextFilter({ label, value, placeholder, onChange, id, type = "text" }: { label: string; value: string; placeholder: string; onChange: (value: string) => void; id?: string; type?: string }) {
  const [draft, setDraft] = useState(value);
  // A new value from outside (a saved view, "Clear filters") replaces what is in the box; trailing spaces being typed stay.
  useEffect(() => setDraft((current) => (current.trim() === value ? current : value)), [value]);
  // Typing waits for a pause before the query (and the address) changes.
  useEffect(() => {
    if (draft.trim() === value) return;
    const timer = setTimeout(() => onChange(draft.trim()), 350);
    return () => clearTimeout(timer);
  }, [draft, value, onChange]);
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-400">
      {label}
      <input
        id={id}
        type={type}
        className={cn(inputClasses, "py-1.5")}
        value={draft}
        placeholder={placeholder}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          // Enter searches at once and hands the keys back to the list (j/k, Enter to open).
          if (e.key === "Enter") {
            onChange(draft.trim());
            e.currentTarget.blur();
          }
          if (e.key === "Escape") e.currentTarget.blur();
        }}
      />
    </label>
  );
}

/** Every filter, the sort and the search of the queue; each change is one key of the address. */
export function QueueFilters({ params, people, onChange }: { params: URLSearchParams; people: People | undefined; onChange: (key: string, value: string) => void }) {
  const get = (key: string) => params.get(key) ?? "";
  const flag = (key: string) => ["1", "true"].includes(get(key));
  // On a phone the filters fold away behind one button; search and sort stay in view.
  const [shownOnPhone, setShownOnPhone] = useState(false);
  const active = [...params.keys()].filter((key) => !["q", "sort", "status"].includes(key)).length;
  return (
    <div className="space-y-3 rounded-xl border border-slate-200 bg-slate-50/60 p-3 dark:border-slate-800 dark:bg-slate-900/40" role="group" aria-label="Filters">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[2fr_1fr]">
        <TextFilter id={SEARCH_INPUT_ID} type="search" label="Search (/)" value={get("q")} placeholder="Words, T-123 or #45" onChange={(v) => onChange("q", v)} />
        <FilterSelect label="Sort" value={get("sort") || "sla"} options={QUEUE_SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] }))} onChange={(v) => onChange("sort", v === "sla" ? "" : v)} />
      </div>
      <button
        type="button"
        className="text-sm font-medium text-brand-700 md:hidden dark:text-brand-300"
        aria-expanded={shownOnPhone}
        aria-controls="triage-filters"
        onClick={() => setShownOnPhone((shown) => !shown)}
      >
        {shownOnPhone ? "Hide filters" : `Filters${active ? ` (${active} active)` : ""}`}
      </button>
      <div id="triage-filters" className={cn("flex-wrap gap-3 md:flex", shownOnPhone ? "flex" : "hidden")}>
        <FilterSelect
          label="Status"
          value={get("status") || ALL_STATUSES}
          options={[{ value: "open", label: "Open" }, { value: ALL_STATUSES, label: "Any status" }, ...TRIAGE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))]}
          onChange={(v) => onChange("status", v)}
        />
        <FilterSelect label="Kind" value={get("kind")} options={[{ value: "", label: "Any kind" }, ...FEEDBACK_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))]} onChange={(v) => onChange("kind", v)} />
        <FilterSelect
          label="Priority"
          value={get("priority")}
          options={[{ value: "", label: "Any priority" }, ...PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] })), { value: "none", label: "Not set" }]}
          onChange={(v) => onChange("priority", v)}
        />
        <FilterSelect
          label="Category"
          value={get("category")}
          options={[{ value: "", label: "Any category" }, ...CATEGORIES.map((c) => ({ value: c, label: TRIAGE_CATEGORY_LABELS[c] })), { value: "none", label: "None" }]}
          onChange={(v) => onChange("category", v)}
        />
        <FilterSelect
          label="Assignee"
          value={get("assignee")}
          options={[
            { value: "", label: "Anyone" },
            { value: "me", label: "Me" },
            { value: "none", label: "Unassigned" },
            ...(people?.staff ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
          onChange={(v) => onChange("assignee", v)}
        />
        <FilterSelect
          label="Team"
          value={get("team")}
          options={[{ value: "", label: "Any team" }, { value: "none", label: "No team" }, ...(people?.teams ?? []).map((t) => ({ value: t.slug, label: t.name }))]}
          onChange={(v) => onChange("team", v)}
        />
        <TextFilter label="API" value={get("api")} placeholder="api slug" onChange={(v) => onChange("api", v)} />
        <TextFilter label="Operation" value={get("operation")} placeholder="operation slug" onChange={(v) => onChange("operation", v)} />
        <Flag label="Breached" checked={flag("breached")} onChange={(on) => onChange("breached", on ? "1" : "")} />
        <Flag label="At risk" checked={flag("atRisk")} onChange={(on) => onChange("atRisk", on ? "1" : "")} />
        <Flag label="Hypercare" checked={flag("hypercare")} onChange={(on) => onChange("hypercare", on ? "1" : "")} />
      </div>
    </div>
  );
}
