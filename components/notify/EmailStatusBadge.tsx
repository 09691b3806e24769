import type { EmailStatus } from "@/lib/generated/prisma/enums";
import { Badge } from "../ui/Badge";

export const EMAIL_STATUS_LABELS: Record<EmailStatus, string> = { pending: "Pending", sent: "Sent", failed: "Failed", outbox: "Outbox" };
const TONES = { pending: "warning", sent: "brand", failed: "danger", outbox: "neutral" } as const;

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  return <Badge tone={TONES[status]}>{EMAIL_STATUS_LABELS[status]}</Badge>;
}
