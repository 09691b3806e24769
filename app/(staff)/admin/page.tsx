import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Badge } from "@/components/ui/Badge";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { ApiScopeForm } from "@/components/admin/overview/ApiScopeForm";
import { TriageOverviewSection } from "@/components/admin/overview/TriageOverviewSection";
import { listAuditLog } from "@/lib/audit/list";
import { staffPageActor } from "@/lib/auth/page-access";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { forPage } from "@/lib/http/page-errors";
import { overviewApiChoices, triageOverview } from "@/lib/triage/overview";
import { countUsersByRole, listStaff } from "@/lib/users/admin";
import { AuditTable } from "@/components/admin/AuditTable";

export const metadata: Metadata = { title: "Overview" };

// An unreadable ?api= shows every API rather than failing the page; an unknown API is a 404.
const querySchema = z.object({ api: z.string().trim().min(1).max(200).optional().catch(undefined) });

export default async function StaffOverviewPage({ searchParams }: PageProps<"/admin">) {
  const raw = await searchParams;
  const query = querySchema.parse({ api: Array.isArray(raw.api) ? raw.api[0] : raw.api });
  const actor = await staffPageActor(query.api ? `/admin?api=${encodeURIComponent(query.api)}` : "/admin");
  const isAdmin = actor.role === "admin";
  const [overview, apis, staff, counts, audit] = await Promise.all([
    forPage(triageOverview(actor, new Date(), { api: query.api })),
    overviewApiChoices(actor),
    listStaff(actor),
    isAdmin ? countUsersByRole(actor) : null,
    isAdmin ? listAuditLog(actor) : null,
  ]);
  return (
    <div className="space-y-8">
      <PageHeader
        title="Overview"
        description={
          overview.api
            ? `Triage of ${overview.api.name} at a glance. Every figure opens the queue filtered to it.`
            : "Triage across every API at a glance. Every figure opens the queue filtered to it."
        }
        actions={<ApiScopeForm apis={apis} current={overview.api?.slug} />}
      />

      <TriageOverviewSection overview={overview} />

      <section aria-labelledby="staff-area-heading" className="space-y-6 border-t border-slate-200 pt-8 dark:border-slate-800">
        <div className="space-y-1">
          <h2 id="staff-area-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
            Staff area
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">{`Signed in as ${actor.email} (${ROLE_LABELS[actor.role]}).`}</p>
        </div>

        {counts && (
          <section aria-labelledby="accounts-heading" className="space-y-3">
            <h3 id="accounts-heading" className="text-base font-semibold text-slate-900 dark:text-white">
              Accounts by role
            </h3>
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
          <h3 id="team-heading" className="text-base font-semibold text-slate-900 dark:text-white">
            Staff team
          </h3>
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
              <h3 id="activity-heading" className="text-base font-semibold text-slate-900 dark:text-white">
                Recent staff activity
              </h3>
              <Link href="/admin/audit" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-300">
                Full audit log
              </Link>
            </div>
            <AuditTable records={audit.records.slice(0, 8)} />
          </section>
        )}
      </section>
    </div>
  );
}
