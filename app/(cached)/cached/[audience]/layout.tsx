import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageFrame } from "@/components/shell/PageFrame";

// Docs pages rendered once and served from Next's cache (see proxy.ts): "visitor" copies for
// readers without a session, "member" copies of public APIs for signed-in readers, whose header
// learns who is reading in the browser. Nothing under this layout may read the session, cookies or
// headers.
export default async function CachedLayout({ children, params }: { children: ReactNode; params: Promise<{ audience: string }> }) {
  const { audience } = await params;
  if (audience !== "visitor" && audience !== "member") notFound();
  return <PageFrame actor={audience === "member" ? "browser" : null}>{children}</PageFrame>;
}
