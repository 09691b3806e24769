import type { ReactNode } from "react";
import { PageFrame } from "@/components/shell/PageFrame";

// Pages here are rendered once and served from Next's cache to every visitor (see the rewrites
// in next.config.mjs): nothing under this layout may read the session, cookies or headers.
export default function CachedLayout({ children }: { children: ReactNode }) {
  return <PageFrame actor={null}>{children}</PageFrame>;
}
