import type { ReactNode } from "react";
import { cn } from "./cn";

/** A bordered surface; `flush` drops the padding for lists that run edge to edge. */
export function Card({ children, className, flush = false }: { children: ReactNode; className?: string; flush?: boolean }) {
  return (
    <div className={cn("rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900", !flush && "p-6", className)}>
      {children}
    </div>
  );
}
