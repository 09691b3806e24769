import type { ReportImpact, ReportStatus, ReportVisibility } from "../generated/prisma/enums";

export const IMPACT_LABELS: Record<ReportImpact, { label: string; hint: string }> = {
  blocking: { label: "Blocks production", hint: "Your live traffic fails and there is no workaround." },
  degraded: { label: "Degraded", hint: "It works badly, slowly or only sometimes, or needs a workaround." },
  minor: { label: "Minor", hint: "A small problem that does not stop your work." },
  question: { label: "Question", hint: "You are not sure it is a bug and want an answer." },
};

export const VISIBILITY_LABELS: Record<ReportVisibility, { label: string; hint: string }> = {
  private: { label: "Private", hint: "Only you and our staff see it." },
  public: { label: "Public", hint: "Other developers who use this API can read it and say it affects them too." },
  security: { label: "Security", hint: "Only you and our security team see it. Use this for any vulnerability." },
};

export const STATUS_LABELS: Record<ReportStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  waiting_on_reporter: "Waiting on you",
  resolved: "Resolved",
  closed: "Closed",
  wont_fix: "Won't fix",
  duplicate: "Duplicate",
};
