import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { isStaffRole } from "@/lib/auth/roles";
import { ButtonLink } from "../ui/Button";
import { NotificationBell } from "../notify/NotificationBell";
import { AccountMenu } from "./AccountMenu";
import { BrowserAccountArea, BrowserStaffLink } from "./BrowserAccount";
import { NavLink } from "./NavLink";
import { ThemeToggle } from "./ThemeToggle";

/**
 * Who the header is for: the signed-in user, null for a visitor, "browser" on pages cached for
 * every signed-in reader (the browser asks who it is), and undefined where the page cannot know
 * (the root 404 page): then no account links are shown.
 */
export type HeaderReader = Actor | null | "browser" | undefined;

export function SiteHeader({ actor, wide = false }: { actor: HeaderReader; wide?: boolean }) {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className={`mx-auto flex h-16 ${wide ? "max-w-screen-2xl" : "max-w-6xl"} items-center gap-2 px-3 sm:gap-4 sm:px-6`}>
        <Link href="/" className="flex shrink-0 items-center gap-2 font-semibold text-slate-900 dark:text-white">
          <Logo />
          {/* On phones the mark alone, which leaves room for the links and the account menu. */}
          <span className="sr-only sm:not-sr-only">Hypercare Portal</span>
        </Link>
        <nav aria-label="Main" className="flex items-center gap-0.5 text-sm sm:gap-1">
          {/* On phones the logo is the way home, which leaves room for the rest. */}
          <span className="hidden sm:block">
            <NavLink href="/">Home</NavLink>
          </span>
          <NavLink href="/docs">Docs</NavLink>
          <NavLink href="/forum">Forum</NavLink>
          {actor === "browser" ? <BrowserStaffLink /> : actor && isStaffRole(actor.role) && <NavLink href="/admin">Staff</NavLink>}
        </nav>
        <div className="ml-auto flex items-center gap-1 sm:gap-2">
          <ThemeToggle />
          {actor === undefined ? null : actor === "browser" ? (
            <BrowserAccountArea />
          ) : actor ? (
            <>
              <NotificationBell />
              <AccountMenu actor={actor} />
            </>
          ) : (
            <>
              <ButtonLink href="/signin" variant="ghost" className="px-3">
                Sign in
              </ButtonLink>
              <span className="hidden sm:block">
                <ButtonLink href="/signup" className="px-3">
                  Create account
                </ButtonLink>
              </span>
            </>
          )}
        </div>
      </div>
    </header>
  );
}

function Logo() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8">
      <rect width="32" height="32" rx="8" className="fill-brand-600" />
      <path d="M9 22V10m0 6h8m0-6v12m6-12-3 6h4l-3 6" fill="none" stroke="white" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
