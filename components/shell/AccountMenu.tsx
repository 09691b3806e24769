import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { isStaffRole, ROLE_LABELS } from "@/lib/auth/roles";
import { SignOutButton, menuItemClasses } from "../auth/SignOutButton";
import { Badge } from "../ui/Badge";

/** A disclosure menu: works with keyboard and without JavaScript (except signing out). */
export function AccountMenu({ actor }: { actor: Actor }) {
  const initial = (actor.name || actor.email).charAt(0).toUpperCase();
  return (
    <details className="group relative">
      <summary
        className="flex cursor-pointer list-none items-center gap-1 rounded-lg p-1 sm:gap-2 sm:pr-2 hover:bg-slate-100 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden"
        aria-label={`Account menu for ${actor.email}`}
      >
        <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-full bg-brand-600 text-sm font-semibold text-white">
          {initial}
        </span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 text-slate-500 transition group-open:rotate-180" fill="currentColor">
          <path d="M5.2 7.2a.75.75 0 0 1 1.06 0L10 10.94l3.74-3.74a.75.75 0 1 1 1.06 1.06l-4.27 4.27a.75.75 0 0 1-1.06 0L5.2 8.26a.75.75 0 0 1 0-1.06Z" />
        </svg>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-xl border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-800 dark:bg-slate-900">
        <div className="border-b border-slate-200 px-3 pb-3 pt-1 dark:border-slate-800">
          <p className="truncate text-sm font-medium text-slate-900 dark:text-white">{actor.name || actor.email}</p>
          {actor.name && <p className="truncate text-xs text-slate-600 dark:text-slate-400">{actor.email}</p>}
          <div className="mt-2">
            <Badge tone={isStaffRole(actor.role) ? "brand" : "neutral"}>{ROLE_LABELS[actor.role]}</Badge>
          </div>
        </div>
        <nav aria-label="Account" className="pt-2">
          <Link href="/account" className={menuItemClasses}>
            Your account
          </Link>
          <Link href="/reports" className={menuItemClasses}>
            My reports
          </Link>
          {isStaffRole(actor.role) && (
            <Link href="/admin" className={menuItemClasses}>
              Staff area
            </Link>
          )}
          <SignOutButton className={menuItemClasses} />
        </nav>
      </div>
    </details>
  );
}
