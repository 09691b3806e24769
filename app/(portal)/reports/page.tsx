import type { Metadata } from "next";
import Link from "next/link";
import { ReportStatusBadge } from "@/components/feedback/ReportStatusBadge";
import { ReportTargets } from "@/components/feedback/ReportTargets";
import { Badge } from "@/components/ui/Badge";
import { ButtonLink } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { signedInPageActor } from "@/lib/auth/page-access";
import { reportHref } from "@/lib/feedback/dto";
import { IMPACT_LABELS, VISIBILITY_LABELS } from "@/lib/feedback/labels";
import { listMyReports } from "@/lib/feedback/reports";

export const metadata: Metadata = { title: "My reports" };

export default async function MyReportsPage() {
  const actor = await signedInPageActor("/reports");
  const reports = await listMyReports(actor);
  return (
    <div className="space-y-8">
      <PageHeader
        title="My reports"
        description="Every issue you reported, with where it stands."
        actions={<ButtonLink href="/reports/new">Report an issue</ButtonLink>}
      />
      {reports.length === 0 ? (
        <EmptyState title="You have not reported anything yet" action={<ButtonLink href="/docs" variant="secondary">Browse the docs</ButtonLink>}>
          When something goes wrong, use “Report an issue” on the operation&apos;s page: the API, version and operation are filled in for you.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {reports.map((r) => (
            <li key={r.id}>
              <Link href={reportHref(r.id)} className="flex flex-col gap-2 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:justify-between dark:hover:bg-slate-900">
                <span className="min-w-0">
                  <span className="block font-medium text-slate-900 dark:text-white">
                    <span className="text-slate-500 dark:text-slate-400">#{r.number}</span> {r.title}
                  </span>
                  <span className="block text-sm text-slate-600 dark:text-slate-400">
                    {r.api.name}
                    {r.versionLabel ? ` ${r.versionLabel}` : ""}
                    {r.operationSlug ? ` · ${r.operationSlug}` : ""} · {IMPACT_LABELS[r.impact].label} · reported {r.createdAt.toISOString().slice(0, 10)}
                  </span>
                  <ReportTargets targets={r.triageItem} />
                </span>
                <span className="flex shrink-0 gap-2">
                  {r.visibility !== "private" && <Badge tone={r.visibility === "security" ? "danger" : "neutral"}>{VISIBILITY_LABELS[r.visibility].label}</Badge>}
                  <ReportStatusBadge status={r.status} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
