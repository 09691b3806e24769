import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { listAuditLog } from "@/lib/audit/list";
import { staffPageActor } from "@/lib/auth/page-access";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { countUsersByRole, listStaff } from "@/lib/users/admin";
import { AuditTable } from "@/components/admin/AuditTable";

export const metadata: Metadata = { title: "Staff area" };

export default async function StaffOverviewPage() {
  const actor = await staffPageActor("/admin");
  const isAdmin = actor.role === "admin";
  const [staff, counts, audit] = await Promise.all([
    listStaff(actor),
    isAdmin ? countUsersByRole(actor) : null,
    isAdmin ? listAuditLog(actor) : null,
  ]);
  return (
    <div className="space-y-8">
      <PageHeader title="Staff area" description={`Signed in as ${actor.email} (${ROLE_LABELS[actor.role]}).`} />

      {counts && (
        <section aria-labelledby="accounts-heading" className="space-y-3">
          <h2 id="accounts-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
            Accounts by role
          </h2>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
            {ROLES.map((role) => (
              <Link
                key={role}
                href={`/admin/users?role=${role}`}
                className="rounded-xl border border-slate-200 p-4 hover:border-brand-400 dark:border-slate-800 dark:hover:border-brand-600"
              >
                <dt className="text-sm text-slate-600 dark:text-slate-400">{ROLE_LABELS[role]}</dt>
                <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900 dark:text-white">{counts[role]}</dd>
              </Link>
            ))}
          </dl>
        </section>
      )}

      <section aria-labelledby="team-heading" className="space-y-3">
        <h2 id="team-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
          Staff team
        </h2>
        <Card flush>
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {staff.map((member) => (
              <li key={member.id} className="flex items-center justify-between gap-4 px-5 py-3 text-sm">
                <div className="min-w-0">
                  <p className="truncate font-medium text-slate-900 dark:text-white">{member.name || member.email}</p>
                  {member.name && <p className="truncate text-slate-600 dark:text-slate-400">{member.email}</p>}
                </div>
                <Badge tone="brand">{ROLE_LABELS[member.role]}</Badge>
              </li>
            ))}
          </ul>
        </Card>
      </section>

      {audit && (
        <section aria-labelledby="activity-heading" className="space-y-3">
          <div className="flex items-baseline justify-between">
            <h2 id="activity-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
              Recent staff activity
            </h2>
            <Link href="/admin/audit" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-300">
              Full audit log
            </Link>
          </div>
          <AuditTable records={audit.records.slice(0, 8)} />
        </section>
      )}
    </div>
  );
}
