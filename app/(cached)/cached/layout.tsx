import type { ReactNode } from "react";
import { PageFrame } from "@/components/shell/PageFrame";

// Docs pages rendered once and served from Next's cache to every visitor (see proxy.ts): nothing
// under this layout may read the session, cookies or headers.
export default function CachedLayout({ children }: { children: ReactNode }) {
  return <PageFrame actor={null}>{children}</PageFrame>;
}
