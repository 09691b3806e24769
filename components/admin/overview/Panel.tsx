import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** A titled card of the overview; `id` names the heading the section is labelled by. */
export function Panel({ id, title, description, action, children, className }: {
  id: string;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={cn("flex min-w-0 flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900", className)}>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
        <div className="min-w-0">
          <h3 id={id} className="text-base font-semibold text-slate-900 dark:text-white">
            {title}
          </h3>
          {description && <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{description}</p>}
        </div>
        {action && <div className="shrink-0 text-sm">{action}</div>}
      </div>
      {children}
    </section>
  );
}

export const linkClasses = "font-medium text-brand-700 hover:underline dark:text-brand-300";
