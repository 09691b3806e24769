import type { ReactNode } from "react";
import { SignedInFrame } from "@/components/shell/SignedInFrame";

export default function Layout({ children }: { children: ReactNode }) {
  return <SignedInFrame wide>{children}</SignedInFrame>;
}
