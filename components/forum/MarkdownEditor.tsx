"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { inputClasses, labelClasses } from "../ui/Field";
import { cn } from "../ui/cn";

// The preview loads the one sanitizing renderer only when asked for, so forms stay light.
const Markdown = dynamic(() => import("../ui/Markdown").then((m) => m.Markdown), { loading: () => <p className="text-sm text-slate-500">Loading preview…</p> });

/** A Markdown textarea with a Write / Preview switch and field-level errors. */
export function MarkdownEditor({
  id,
  name,
  label,
  value,
  onChange,
  errors,
  rows = 6,
  hint = "Markdown works: **bold**, `code`, ```code blocks```, [links](https://example.com).",
  placeholder,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  rows?: number;
  hint?: string;
  placeholder?: string;
}) {
  const [preview, setPreview] = useState(false);
  const describedBy = [`${id}-hint`, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1.5">
      <div className="flex items-end justify-between gap-3">
        <label htmlFor={id} className={labelClasses}>{label}</label>
        <div className="flex gap-1 text-xs" role="group" aria-label={`${label}: write or preview`}>
          {(["Write", "Preview"] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              aria-pressed={preview === (mode === "Preview")}
              onClick={() => setPreview(mode === "Preview")}
              className={cn("rounded-md px-2 py-1 font-medium", preview === (mode === "Preview") ? "bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-white" : "text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800")}
            >
              {mode}
            </button>
          ))}
        </div>
      </div>
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        hidden={preview}
        className={inputClasses}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
      />
      {preview && (
        <div className="min-h-24 rounded-lg border border-slate-300 px-3 py-2 dark:border-slate-700">
          {value.trim() ? <Markdown>{value}</Markdown> : <p className="text-sm text-slate-500 dark:text-slate-400">Nothing to preview yet.</p>}
        </div>
      )}
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">{hint}</p>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">{errors.join(" ")}</p>
      ) : null}
    </div>
  );
}
