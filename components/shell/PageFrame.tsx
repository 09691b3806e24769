import type { ReactNode } from "react";
import { SiteHeader, type HeaderReader } from "./SiteHeader";

/** Header and main column of every page; the root layout adds the footer. */
export function PageFrame({ actor, children }: { actor: HeaderReader; children: ReactNode }) {
  return (
    <>
      <SiteHeader actor={actor} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-12">
        {children}
      </main>
    </>
  );
}
