import { NotFoundMessage } from "@/components/shell/status/NotFoundMessage";
import { PageFrame } from "@/components/shell/PageFrame";

// Addresses that match no route; pages that call notFound() use their group's not-found.tsx.
// Next renders this with every page, cached ones included, so it must not read the session.
export default function NotFound() {
  return (
    <PageFrame actor={undefined}>
      <NotFoundMessage />
    </PageFrame>
  );
}
