import type { VersionStatus } from "@/lib/generated/prisma/enums";
import { Badge } from "../ui/Badge";

const TONES = { current: "brand", beta: "neutral", deprecated: "warning", retired: "danger" } as const;

export function VersionStatusBadge({ status }: { status: VersionStatus }) {
  return <Badge tone={TONES[status]}>{status}</Badge>;
}
