import type { ReactNode } from "react";
import { StaffNav } from "@/components/admin/StaffNav";
import { getActor } from "@/lib/auth/actor";
import { isStaffRole } from "@/lib/auth/roles";

// The layout only draws the staff navigation; each page guards itself (layouts do not re-run
// on navigation), so a visitor is sent to sign in and brought back to the page they asked for.
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor || !isStaffRole(actor.role)) return children;
  return (
    <div className="grid gap-8 lg:grid-cols-[12rem_1fr]">
      <aside className="min-w-0 lg:border-r lg:border-slate-200 lg:pr-6 dark:lg:border-slate-800">
        <p className="mb-3 hidden px-3 text-xs font-semibold uppercase tracking-wider text-slate-500 lg:block dark:text-slate-400">
          Staff area
        </p>
        <StaffNav role={actor.role} />
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
