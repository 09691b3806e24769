import type { ReactNode } from "react";
import { getActor } from "@/lib/auth/actor";
import { PageFrame } from "./PageFrame";

/** The frame of pages rendered per request: the header shows who is signed in. */
export async function SignedInFrame({ wide = false, children }: { wide?: boolean; children: ReactNode }) {
  return (
    <PageFrame actor={await getActor()} wide={wide}>
      {children}
    </PageFrame>
  );
}
