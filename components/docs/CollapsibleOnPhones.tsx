"use client";

import { useState, type ReactNode } from "react";

/**
 * Content that shows beside the page on wide screens and folds behind a button on phones. One
 * copy of the content (a <details> for phones plus a second copy for desktops doubled the HTML of
 * large APIs' pages).
 */
export function CollapsibleOnPhones({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="rounded-xl border border-slate-200 p-3 lg:rounded-none lg:border-0 lg:p-0 dark:border-slate-800">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="flex w-full items-center justify-between text-left text-sm font-semibold text-slate-900 lg:hidden dark:text-white"
      >
        {label}
        <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-4 w-4 text-slate-500 transition ${open ? "rotate-180" : ""}`} fill="currentColor">
          <path d="M5.2 7.2a.75.75 0 0 1 1.06 0L10 10.94l3.74-3.74a.75.75 0 1 1 1.06 1.06l-4.27 4.27a.75.75 0 0 1-1.06 0L5.2 8.26a.75.75 0 0 1 0-1.06Z" />
        </svg>
      </button>
      <div className={open ? "mt-3 lg:mt-0" : "hidden lg:block"}>{children}</div>
    </div>
  );
}
