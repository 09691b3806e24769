import { cn } from "../ui/cn";

const COLORS: Record<string, string> = {
  get: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  post: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  put: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  patch: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200",
  delete: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};

export function MethodBadge({ method, className }: { method: string; className?: string }) {
  return (
    <span
      className={cn(
        "inline-flex w-16 shrink-0 justify-center rounded-md px-1.5 py-0.5 font-mono text-[0.7rem] font-bold uppercase tracking-wide",
        COLORS[method] ?? "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
        className,
      )}
    >
      {method}
    </span>
  );
}
