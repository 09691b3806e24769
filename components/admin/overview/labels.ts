import type { FeedbackKind, TriageStatus } from "@/lib/generated/prisma/enums";
import type { PriorityOrNone } from "@/lib/triage/overview";

// Names and chart colours of the overview. The colours are mid tones that read on white and on
// the dark theme's slate alike; every bar also carries its name, so colour is never the only cue.

export const PRIORITY_DISPLAY: Record<PriorityOrNone, { label: string; color: string }> = {
  critical: { label: "Critical", color: "#dc2626" },
  high: { label: "High", color: "#f97316" },
  medium: { label: "Medium", color: "#eab308" },
  low: { label: "Low", color: "#0ea5e9" },
  none: { label: "Not set", color: "#94a3b8" },
};

export const STATUS_DISPLAY: Record<TriageStatus, { label: string; color: string }> = {
  new: { label: "New", color: "#3b6ef6" },
  triaged: { label: "Triaged", color: "#6366f1" },
  in_progress: { label: "In progress", color: "#8b5cf6" },
  waiting_on_reporter: { label: "Waiting on reporter", color: "#94a3b8" },
  resolved: { label: "Resolved", color: "#10b981" },
  closed: { label: "Closed", color: "#64748b" },
  wont_fix: { label: "Won't fix", color: "#64748b" },
  duplicate: { label: "Duplicate", color: "#64748b" },
};

export const KIND_DISPLAY: Record<FeedbackKind, { label: string; plural: string; color: string }> = {
  report: { label: "Issue report", plural: "Issue reports", color: "#2552eb" },
  rating: { label: "Doc rating", plural: "Doc ratings", color: "#f59e0b" },
  thread: { label: "Forum thread", plural: "Forum threads", color: "#10b981" },
};
