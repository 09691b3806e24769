"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { inputClasses } from "@/components/ui/Field";
import { filterOptions, type PickerOption } from "./action-options";

/** A small modal with a focused box around it; Escape or a click outside closes it. */
export function QueueDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const titleId = useId();
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center bg-slate-950/40 p-4 pt-[12vh]" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-4 shadow-xl dark:border-slate-700 dark:bg-slate-900"
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.stopPropagation();
            onClose();
          }
          if (e.key === "Tab") keepFocusInside(e.currentTarget, e);
        }}
      >
        <h2 id={titleId} className="mb-3 text-sm font-semibold text-slate-900 dark:text-white">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}

/** Tab and Shift+Tab cycle within the dialog, as in any modal. */
function keepFocusInside(dialog: HTMLElement, event: KeyboardEvent<HTMLElement>) {
  const focusable = [...dialog.querySelectorAll<HTMLElement>("input, textarea, select, button, a[href]")].filter((el) => !el.hasAttribute("disabled"));
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A filterable list: typing filters, ↑/↓ move, Enter confirms, Escape closes.
 * `optionsFor` gets what is typed, for pickers whose choices depend on it (a new label).
 */
export function Picker({
  title,
  optionsFor,
  onChoose,
  onClose,
  placeholder = "Type to filter",
  emptyText = "Nothing to choose here.",
}: {
  title: string;
  optionsFor: (typed: string) => PickerOption[];
  onChoose: (option: PickerOption) => void;
  onClose: () => void;
  placeholder?: string;
  /** Shown when there are no choices at all (not merely none matching what was typed). */
  emptyText?: string;
}) {
  const [typed, setTyped] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const options = filterOptions(optionsFor(typed), typed);
  const current = Math.min(active, Math.max(0, options.length - 1));

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    document.getElementById(`${listId}-${current}`)?.scrollIntoView({ block: "nearest" });
  }, [current, listId]);

  return (
    <QueueDialog title={title} onClose={onClose}>
      <input
        ref={input}
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={options.length ? `${listId}-${current}` : undefined}
        aria-label={title}
        className={inputClasses}
        placeholder={placeholder}
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((i) => Math.min(i + 1, options.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === "Enter") {
            e.preventDefault();
            const option = options[current];
            if (option) onChoose(option);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={title} className="mt-2 max-h-72 overflow-y-auto">
        {options.map((option, i) => (
          <li
            key={option.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            className={cn(
              "flex cursor-pointer items-baseline justify-between gap-3 rounded-md px-3 py-1.5 text-sm text-slate-800 dark:text-slate-100",
              i === current && "bg-brand-50 ring-1 ring-brand-300 dark:bg-brand-950 dark:ring-brand-700",
            )}
            onMouseEnter={() => setActive(i)}
            onClick={() => onChoose(option)}
          >
            <span>{option.label}</span>
            {option.hint && <span className="truncate text-xs text-slate-500 dark:text-slate-400">{option.hint}</span>}
          </li>
        ))}
        {!options.length && <li className="px-3 py-2 text-sm text-slate-500 dark:text-slate-400">{typed.trim() ? `Nothing matches “${typed}”.` : emptyText}</li>}
      </ul>
    </QueueDialog>
  );
}
