import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { STATUS_LABELS } from "@/lib/feedback/labels";
import { Badge } from "../ui/Badge";

const TONES = { open: "brand", in_progress: "brand", waiting_on_reporter: "warning", resolved: "neutral", closed: "neutral", wont_fix: "neutral", duplicate: "neutral" } as const satisfies Record<ReportStatus, string>;

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  return <Badge tone={TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
