"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import { ChartTooltip } from "./ChartTooltip";

export type LinkedBar = { key: string; label: string; count: number; href: string; color: string };

/** Each bar its own colour, drawn through the shape prop (Cell is deprecated in Recharts 3). */
function ColouredBar(props: BarShapeProps) {
  return <Rectangle {...props} fill={(props.payload as LinkedBar | undefined)?.color ?? props.fill} radius={[4, 4, 0, 0]} />;
}

/**
 * A bar per category; clicking a bar opens the queue filtered to it. Screen readers and keyboard
 * users get the same figures as the list of links beside the chart, so the drawing is hidden from them.
 */
export function LinkedBarChart({ bars, height = 220 }: { bars: LinkedBar[]; height?: number }) {
  const router = useRouter();
  return (
    <div aria-hidden="true" className="text-slate-500 dark:text-slate-400">
      <BarChart
        responsive
        accessibilityLayer={false}
        data={bars}
        style={{ width: "100%", height }}
        margin={{ top: 8, right: 4, bottom: 0, left: -8 }}
        cursor="pointer"
      >
        <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
        <XAxis dataKey="label" tick={{ fill: "currentColor", fontSize: 12 }} tickLine={false} axisLine={false} interval={0} />
        <YAxis allowDecimals={false} width="auto" tick={{ fill: "currentColor", fontSize: 12 }} tickLine={false} axisLine={false} />
        <Tooltip content={ChartTooltip} cursor={{ fill: "currentColor", fillOpacity: 0.06 }} />
        <Bar
          dataKey="count"
          name="Open items"
          shape={ColouredBar}
          maxBarSize={56}
          isAnimationActive={false}
          onClick={(bar) => {
            const href = (bar.payload as LinkedBar | undefined)?.href;
            if (href) router.push(href);
          }}
        />
      </BarChart>
    </div>
  );
}
