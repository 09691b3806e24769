import type { ReactNode } from "react";
import { SiteHeader, type HeaderReader } from "./SiteHeader";

/**
 * Header and main column of every page; the root layout adds the footer. `wide` is for the staff
 * area, whose queue is a table of many columns that staff read on large screens.
 */
export function PageFrame({ actor, wide = false, children }: { actor: HeaderReader; wide?: boolean; children: ReactNode }) {
  return (
    <>
      <SiteHeader actor={actor} wide={wide} />
      <main id="main" className={`mx-auto w-full ${wide ? "max-w-screen-2xl" : "max-w-6xl"} flex-1 px-4 py-8 sm:px-6 sm:py-12`}>
        {children}
      </main>
    </>
  );
}
