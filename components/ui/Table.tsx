import type { ReactNode } from "react";
import { cn } from "./cn";

/** A bordered data table that scrolls sideways inside its own box on narrow screens. */
export function Table({ headers, children }: { headers: (string | { label: string; className?: string })[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm dark:divide-slate-800">
        <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:bg-slate-900 dark:text-slate-400">
          <tr>
            {headers.map((h) => {
              const { label, className } = typeof h === "string" ? { label: h, className: undefined } : h;
              return (
                <th key={label} scope="col" className={cn("px-4 py-3", className)}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">{children}</tbody>
      </table>
    </div>
  );
}
