import { ForbiddenMessage } from "@/components/shell/status/ForbiddenMessage";
import { PageFrame } from "@/components/shell/PageFrame";

// Rendered with every page, like not-found.tsx: it must not read the session.
export default function Forbidden() {
  return (
    <PageFrame actor={undefined}>
      <ForbiddenMessage />
    </PageFrame>
  );
}
