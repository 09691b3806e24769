import { utcTime } from "@/components/ui/dates";
import type { ReportTargets as Targets } from "@/lib/feedback/reports";

/** When the reporter can expect an answer and a fix, as the staff's SLA targets say. */
export function ReportTargets({ targets }: { targets: Targets | null | undefined }) {
  if (!targets || (!targets.responseDueAt && !targets.resolutionDueAt)) return null;
  const parts: string[] = [];
  if (targets.pausedAt) parts.push("Waiting for your answer: our clock is paused");
  else if (!targets.firstResponseAt && targets.responseDueAt) parts.push(`First response expected by ${utcTime(targets.responseDueAt)}`);
  else if (targets.firstResponseAt) parts.push("Answered");
  if (targets.resolvedAt) parts.push(`resolved ${utcTime(targets.resolvedAt)}`);
  else if (targets.resolutionDueAt && !targets.pausedAt) parts.push(`resolution targeted by ${utcTime(targets.resolutionDueAt)}`);
  return <span data-testid="report-targets" className="block text-sm text-slate-600 dark:text-slate-400">{parts.join(" · ")}</span>;
}
