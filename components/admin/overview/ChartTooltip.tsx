import type { TooltipContentProps } from "recharts";

/** The charts' hover box, styled like the rest of the portal in light and dark mode. */
export function ChartTooltip({ active, payload, label }: TooltipContentProps) {
  if (!active || !payload?.length) return null;
  const rows = payload.filter((entry) => entry.value !== undefined);
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-lg dark:border-slate-700 dark:bg-slate-900">
      {label !== undefined && <p className="mb-1 font-semibold text-slate-900 dark:text-white">{label}</p>}
      <ul className="space-y-0.5">
        {rows.map((entry) => (
          <li key={String(entry.dataKey ?? entry.name)} className="flex items-center gap-2 text-slate-700 dark:text-slate-300">
            <span aria-hidden="true" className="size-2.5 rounded-sm" style={{ background: entry.payload?.color ?? entry.color }} />
            <span>{entry.name}</span>
            <span className="ml-auto pl-3 font-semibold tabular-nums text-slate-900 dark:text-white">{entry.value}</span>
          </li>
        ))}
      </ul>
      <p className="mt-1.5 text-[11px] text-slate-500 dark:text-slate-400">Click to open in the queue</p>
    </div>
  );
}
