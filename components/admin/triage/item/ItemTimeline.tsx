import { Markdown } from "@/components/ui/Markdown";
import { cn } from "@/components/ui/cn";
import { utcTime } from "@/components/ui/dates";
import type { TimelineEntry } from "@/lib/triage/item-detail";

function describe(entry: TimelineEntry): string {
  const d = entry.data;
  const words = (v: unknown) => (typeof v === "string" ? v.replace(/_/g, " ") : "none");
  switch (entry.kind) {
    case "created": {
      const reasons = Array.isArray(d.reasons) && d.reasons.length ? ` (${d.reasons.join("; ")})` : "";
      return `Filed. Category ${words(d.category)} (${Math.round(Number(d.confidence ?? 0) * 100)} % confident), suggested severity ${words(d.suggestedSeverity)}${reasons}, priority ${words(d.priority)}.`;
    }
    case "status":
      return `Status ${words(d.from)} → ${words(d.to)}${d.reason ? ` (${String(d.reason)})` : ""}.`;
    case "category":
      return d.from === d.to ? `Category ${words(d.to)} confirmed.` : `Category ${words(d.from)} → ${words(d.to)} (staff override).`;
    case "priority":
      return `Severity ${words(d.severity)}, impact ${words(d.impactScope)}: priority ${words(d.from)} → ${words(d.to)}.`;
    case "assignment":
      return "teamTo" in d || "teamFrom" in d ? "Team changed." : d.assigneeTo ? "Assigned." : "Unassigned.";
    case "label":
      return `Labels: ${[...((d.added as string[]) ?? []).map((l) => `+${l}`), ...((d.removed as string[]) ?? []).map((l) => `−${l}`)].join(", ")}.`;
    case "merge":
      return d.into ? `Merged into T-${String(d.into)} as a duplicate.` : `T-${String(d.from)} was merged into this item.`;
    case "breach":
      return `SLA breached: the ${d.clock === "response" ? "first-response" : "resolution"} target passed.`;
    case "reply":
      return "Public reply";
    case "note":
      return "Internal note";
    case "reporter_comment":
      return "Comment from the reporter";
    default:
      return entry.kind;
  }
}

/** Every change, note and reply; internal notes stand out so nobody mistakes them for public text. */
export function ItemTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <h2 id="timeline-heading" className="text-lg font-semibold text-slate-900 dark:text-white">Timeline</h2>
      <ol className="space-y-3">
        {entries.map((entry, i) => (
          <li
            key={i}
            data-kind={entry.kind}
            className={cn(
              "rounded-lg border p-3 text-sm",
              entry.internal
                ? "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40"
                : entry.kind === "reply" || entry.kind === "reporter_comment"
                  ? "border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
                  : "border-transparent bg-slate-50 dark:bg-slate-900/50",
            )}
          >
            <p className="text-slate-700 dark:text-slate-300">
              {entry.internal && <span className="mr-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-800 dark:text-amber-100">Internal — staff only</span>}
              <span className="font-medium text-slate-900 dark:text-white">{entry.by ?? "System"}</span> · {describe(entry)}{" "}
              <time className="text-slate-500 dark:text-slate-400" dateTime={entry.at.toISOString()}>{utcTime(entry.at)}</time>
            </p>
            {entry.body && <Markdown className="mt-2">{entry.body}</Markdown>}
          </li>
        ))}
      </ol>
    </section>
  );
}
