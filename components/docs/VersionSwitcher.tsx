import Link from "next/link";
import type { VersionStatus } from "@/lib/generated/prisma/enums";
import { cn } from "../ui/cn";
import { VersionStatusBadge } from "./VersionStatusBadge";

export type VersionChoice = { label: string; status: VersionStatus; href: string; note?: string };

/** A disclosure listing the versions; each link keeps the reader on the same page where it exists. */
export function VersionSwitcher({ current, choices }: { current: string; choices: VersionChoice[] }) {
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden">
        <span className="sr-only">Version:</span>
        {current}
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 text-slate-500 transition group-open:rotate-180" fill="currentColor">
          <path d="M5.2 7.2a.75.75 0 0 1 1.06 0L10 10.94l3.74-3.74a.75.75 0 1 1 1.06 1.06l-4.27 4.27a.75.75 0 0 1-1.06 0L5.2 8.26a.75.75 0 0 1 0-1.06Z" />
        </svg>
      </summary>
      <ul className="absolute left-0 z-20 mt-2 w-72 rounded-xl border border-slate-200 bg-white p-1.5 shadow-lg dark:border-slate-800 dark:bg-slate-900">
        {choices.map((choice) => (
          <li key={choice.label}>
            <Link
              href={choice.href}
              aria-current={choice.label === current ? "page" : undefined}
              className={cn(
                "flex items-center justify-between gap-3 rounded-md px-3 py-2 text-sm hover:bg-slate-100 dark:hover:bg-slate-800",
                choice.label === current && "bg-slate-100 font-semibold dark:bg-slate-800",
              )}
            >
              <span className="min-w-0">
                <span className="block truncate text-slate-900 dark:text-white">{choice.label}</span>
                {choice.note && <span className="block text-xs text-slate-600 dark:text-slate-400">{choice.note}</span>}
              </span>
              <VersionStatusBadge status={choice.status} />
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
