import { Badge } from "@/components/ui/Badge";
import { cn } from "@/components/ui/cn";
import { timeAgo } from "@/components/ui/dates";
import type { QueueRowDto, SlaCell } from "@/lib/triage/queue-dto";
import { TRIAGE_CATEGORY_LABELS } from "@/lib/triage/classifier/categories";
import { PRIORITY_LABELS } from "@/lib/triage/priority";
import { STATUS_LABELS, type Status } from "@/lib/triage/transitions";

// The queue's cells, shared by the table and the phone-width cards.

export const KIND_LABELS: Record<QueueRowDto["kind"], string> = { report: "Report", rating: "Doc rating", thread: "Forum thread" };

const PRIORITY_TONES = { critical: "danger", high: "warning", medium: "brand", low: "neutral" } as const;

export function PriorityBadge({ priority }: { priority: QueueRowDto["priority"] }) {
  if (!priority) return <span className="text-xs text-slate-500 dark:text-slate-400">Not set</span>;
  return <Badge tone={PRIORITY_TONES[priority]}>{PRIORITY_LABELS[priority]}</Badge>;
}

const SLA_CLASSES: Record<SlaCell["state"], string> = {
  breached: "font-semibold text-red-700 dark:text-red-400",
  at_risk: "font-semibold text-amber-700 dark:text-amber-400",
  running: "text-slate-700 dark:text-slate-300",
  paused: "text-slate-500 dark:text-slate-400",
  met: "text-emerald-700 dark:text-emerald-400",
};

export function SlaText({ sla }: { sla: SlaCell | null }) {
  if (!sla) return <span className="text-xs text-slate-500 dark:text-slate-400">No clock</span>;
  const clock = sla.clock === "response" ? "first response" : "resolution";
  const title = `${clock}${sla.dueAt ? ` due ${sla.dueAt.slice(0, 16).replace("T", " ")} UTC` : ""}`;
  return (
    <span className={cn("whitespace-nowrap text-sm", SLA_CLASSES[sla.state])} title={title} data-sla-state={sla.state}>
      {sla.state === "breached" ? "⚠ " : ""}
      {sla.label}
      <span className="sr-only"> ({clock}{sla.state === "at_risk" ? ", at risk" : ""})</span>
    </span>
  );
}

export function CategoryText({ row }: { row: Pick<QueueRowDto, "category" | "categoryConfidence"> }) {
  if (!row.category) return <span className="text-xs text-slate-500 dark:text-slate-400">None</span>;
  return (
    <span className="whitespace-nowrap">
      {TRIAGE_CATEGORY_LABELS[row.category]}
      {row.categoryConfidence !== null && (
        <span className="ml-1 text-xs text-slate-500 dark:text-slate-400" title="Chosen automatically, with this confidence">
          {Math.round(row.categoryConfidence * 100)} %
        </span>
      )}
    </span>
  );
}

export function StatusText({ status }: { status: QueueRowDto["status"] }) {
  return <span className="whitespace-nowrap">{STATUS_LABELS[status as Status]}</span>;
}

export function Where({ row }: { row: QueueRowDto }) {
  if (!row.api) return <span className="text-xs text-slate-500 dark:text-slate-400">—</span>;
  return (
    <span className="inline-block max-w-[20rem] truncate align-bottom text-xs text-slate-600 dark:text-slate-400" title={[row.api.name, row.versionLabel, row.operationSlug].filter(Boolean).join(" / ")}>
      {row.api.name}
      {row.versionLabel && ` ${row.versionLabel}`}
      {row.operationSlug && <span className="font-mono"> · {row.operationSlug}</span>}
    </span>
  );
}

export function Owner({ row }: { row: QueueRowDto }) {
  return (
    <span className="block text-xs">
      <span className="text-slate-800 dark:text-slate-200">{row.assignee?.name ?? "Unassigned"}</span>
      {row.team && <span className="block text-slate-500 dark:text-slate-400">{row.team.name}</span>}
    </span>
  );
}

export function Affected({ row }: { row: QueueRowDto }) {
  if (!row.affectedCount && !row.affectedApps) return <span className="text-xs text-slate-500 dark:text-slate-400">—</span>;
  return (
    <span className="whitespace-nowrap text-xs" title={`${row.affectedCount} people said “affects me too”, from ${row.affectedApps} distinct apps`}>
      {row.affectedCount} · {row.affectedApps} app{row.affectedApps === 1 ? "" : "s"}
    </span>
  );
}

export function Age({ createdAt }: { createdAt: string }) {
  return (
    <time suppressHydrationWarning dateTime={createdAt} className="whitespace-nowrap text-xs text-slate-600 dark:text-slate-400" title={createdAt}>
      {timeAgo(createdAt, { compact: true })}
    </time>
  );
}

export function TitleMarks({ row }: { row: QueueRowDto }) {
  return (
    <>
      {row.hypercare && <Badge tone="brand">Hypercare</Badge>}
      {row.visibility === "security" && <Badge tone="danger">Security</Badge>}
      {row.possibleDuplicate && (
        <Badge tone="warning">
          Possible duplicate of T-{row.possibleDuplicate.number} ({Math.round(row.possibleDuplicate.score * 100)} %)
        </Badge>
      )}
      {row.labels.map((label) => (
        <Badge key={label}>{label}</Badge>
      ))}
    </>
  );
}
