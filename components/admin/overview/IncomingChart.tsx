"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltip } from "./ChartTooltip";

export type IncomingSeries = { key: string; label: string; color: string; href: string };
export type IncomingPoint = { label: string } & Record<string, number | string>;

/** Items filed per day, stacked by kind; clicking a segment opens that kind's newest items in the queue. */
export function IncomingChart({ days, series, height = 240 }: { days: IncomingPoint[]; series: IncomingSeries[]; height?: number }) {
  const router = useRouter();
  return (
    <div aria-hidden="true" className="text-slate-500 dark:text-slate-400">
      <BarChart
        responsive
        accessibilityLayer={false}
        data={days}
        style={{ width: "100%", height }}
        margin={{ top: 8, right: 4, bottom: 0, left: -8 }}
        cursor="pointer"
      >
        <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
        <XAxis dataKey="label" tick={{ fill: "currentColor", fontSize: 11 }} tickLine={false} axisLine={false} minTickGap={16} />
        <YAxis allowDecimals={false} width="auto" tick={{ fill: "currentColor", fontSize: 12 }} tickLine={false} axisLine={false} />
        <Tooltip content={ChartTooltip} cursor={{ fill: "currentColor", fillOpacity: 0.06 }} />
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="kind"
            fill={s.color}
            maxBarSize={28}
            radius={i === series.length - 1 ? [3, 3, 0, 0] : 0}
            isAnimationActive={false}
            onClick={() => router.push(s.href)}
          />
        ))}
      </BarChart>
    </div>
  );
}
