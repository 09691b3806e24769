import type { ReactNode } from "react";
import { SignedInFrame } from "@/components/shell/SignedInFrame";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <SignedInFrame>
      <div className="mx-auto w-full max-w-md py-4 sm:py-8">{children}</div>
    </SignedInFrame>
  );
}
