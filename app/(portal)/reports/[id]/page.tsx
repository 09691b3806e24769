import type { Metadata } from "next";
import Link from "next/link";
import { docsHref } from "@/lib/links";
import { ReportStatusBadge } from "@/components/feedback/ReportStatusBadge";
import { ReportTargets } from "@/components/feedback/ReportTargets";
import { Badge } from "@/components/ui/Badge";
import { AffectsMeToo } from "@/components/feedback/AffectsMeToo";
import { AttachmentUpload } from "@/components/feedback/AttachmentUpload";
import { ReportActions } from "@/components/feedback/ReportActions";
import { Card } from "@/components/ui/Card";
import { Markdown } from "@/components/ui/Markdown";
import { getActor } from "@/lib/auth/actor";
import { isStaffRole } from "@/lib/auth/roles";
import { MAX_ATTACHMENTS_PER_REPORT } from "@/lib/feedback/attachment-limits";
import { attachmentHref } from "@/lib/feedback/dto";
import { IMPACT_LABELS, STATUS_LABELS, VISIBILITY_LABELS } from "@/lib/feedback/labels";
import { getReport } from "@/lib/feedback/reports";
import { forPage } from "@/lib/http/page-errors";
import { utcTime } from "@/components/ui/dates";

export const metadata: Metadata = { title: "Report" };

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <h2 className="text-sm font-semibold text-slate-900 dark:text-white">{label}</h2>
      {children}
    </div>
  );
}

function affectedLine(count: number, apps: number): string {
  if (count === 0) return "Nobody else has said this affects them yet.";
  const people = count === 1 ? "1 other developer" : `${count} other developers`;
  return `Affects ${people}${apps > 0 ? ` (${apps} ${apps === 1 ? "app" : "apps"})` : ""} too.`;
}

function fileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export default async function ReportPage({ params }: PageProps<"/reports/[id]">) {
  const { id } = await params;
  const actor = await getActor();
  const report = await forPage(getReport(actor, id));
  const canComment = report.status !== "closed" && (report.reporter.isYou || (actor !== null && isStaffRole(actor.role)));
  const canAttach = canComment && report.attachments.length < MAX_ATTACHMENTS_PER_REPORT;
  const openForAffected = report.status !== "resolved" && report.status !== "closed";
  const where = report.operationSlug && report.versionLabel
    ? { href: docsHref.operation(report.api.slug, report.versionLabel, report.operationSlug), label: `${report.api.name} ${report.versionLabel} · ${report.operationSlug}` }
    : { href: report.versionLabel ? docsHref.version(report.api.slug, report.versionLabel) : docsHref.api(report.api.slug), label: `${report.api.name}${report.versionLabel ? ` ${report.versionLabel}` : ""}` };
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-3 border-b border-slate-200 pb-6 dark:border-slate-800">
        {report.reporter.isYou && (
          <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
            <Link href="/reports" className="hover:underline">My reports</Link> / #{report.number}
          </nav>
        )}
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl dark:text-white">{report.title}</h1>
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          <ReportStatusBadge status={report.status} />
          <Badge tone={report.visibility === "security" ? "danger" : "neutral"}>{VISIBILITY_LABELS[report.visibility].label}</Badge>
          <span>{IMPACT_LABELS[report.impact].label}</span>
          <span>· #{report.number} · reported {utcTime(report.createdAt)}{report.reporter.isYou ? " by you" : ""}</span>
        </div>
        <ReportTargets targets={report.targets} />
        <p className="text-sm">
          About <Link href={where.href} className="font-medium text-brand-700 hover:underline dark:text-brand-300">{where.label}</Link>
        </p>
      </header>

      <Field label="What happened"><Markdown>{report.description}</Markdown></Field>
      {report.stepsToReproduce && <Field label="Steps to reproduce"><Markdown>{report.stepsToReproduce}</Markdown></Field>}
      {(report.expected || report.actual) && (
        <div className="grid gap-6 sm:grid-cols-2">
          {report.expected && <Field label="Expected"><Markdown>{report.expected}</Markdown></Field>}
          {report.actual && <Field label="Instead"><Markdown>{report.actual}</Markdown></Field>}
        </div>
      )}
      {(report.requestId || report.occurredAt || report.environment) && (
        <Card className="text-sm">
          <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
            {report.requestId && (<><dt className="text-slate-600 dark:text-slate-400">Request id</dt><dd className="break-all font-mono">{report.requestId}</dd></>)}
            {report.occurredAt && (<><dt className="text-slate-600 dark:text-slate-400">When</dt><dd>{utcTime(report.occurredAt)}</dd></>)}
            {report.environment && (<><dt className="text-slate-600 dark:text-slate-400">Environment</dt><dd className="break-words">{report.environment}</dd></>)}
          </dl>
        </Card>
      )}

      {report.visibility === "public" && (
        <section aria-labelledby="affected" className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <h2 id="affected" className="text-sm font-semibold text-slate-900 dark:text-white">
            {affectedLine(report.affected.count, report.affected.apps)}
          </h2>
          {report.affected.you && <p className="text-sm text-slate-600 dark:text-slate-400">You are among them{report.affected.yourApp ? ` (${report.affected.yourApp})` : ""}: you get its updates.</p>}
          {!report.reporter.isYou && actor && openForAffected && <AffectsMeToo reportId={report.id} you={report.affected.you} yourApp={report.affected.yourApp} />}
          {!actor && openForAffected && (
            <p className="text-sm">
              <Link href={`/signin?callbackUrl=${encodeURIComponent(`/reports/${report.id}`)}`} className="font-medium text-brand-700 hover:underline dark:text-brand-300">Sign in</Link>{" "}
              to say it affects you too and follow its updates.
            </p>
          )}
        </section>
      )}

      {(report.attachments.length > 0 || canAttach) && (
        <section aria-labelledby="attachments" className="space-y-3">
          <h2 id="attachments" className="text-lg font-semibold text-slate-900 dark:text-white">Attachments</h2>
          {report.attachments.length > 0 ? (
            <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
              {report.attachments.map((file) => (
                <li key={file.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                  <a href={attachmentHref(file.id)} className="min-w-0 break-all font-medium text-brand-700 hover:underline dark:text-brand-300">{file.fileName}</a>
                  <span className="text-slate-600 dark:text-slate-400">{fileSize(file.size)} · {file.contentType}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">No files yet. Logs, a HAR file or a screenshot help us reproduce the problem.</p>
          )}
          {canAttach && <AttachmentUpload reportId={report.id} room={MAX_ATTACHMENTS_PER_REPORT - report.attachments.length} />}
          <p className="text-xs text-slate-600 dark:text-slate-400">Only the reporter and our staff can open these files.</p>
        </section>
      )}

      <section aria-labelledby="timeline" className="space-y-3">
        <h2 id="timeline" className="text-lg font-semibold text-slate-900 dark:text-white">Timeline</h2>
        <ol className="space-y-3 border-l-2 border-slate-200 pl-4 dark:border-slate-800">
          {report.timeline.map((event, i) => (
            <li key={i} className="text-sm">
              <time className="block text-xs text-slate-500 dark:text-slate-400" dateTime={event.at.toISOString()}>
                {utcTime(event.at)}
              </time>
              <span className="text-slate-800 dark:text-slate-200">
                {event.kind === "created" && "Reported."}
                {event.kind === "status_change" && `Status changed to ${STATUS_LABELS[event.toStatus ?? "open"]}.`}
                {event.kind === "comment" && (
                  <>
                    <span className="block text-xs font-medium text-slate-600 dark:text-slate-400">{event.by ?? "Someone"} wrote:</span>
                    <Markdown>{event.body}</Markdown>
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      </section>
      {canComment && <ReportActions reportId={report.id} canClose={report.reporter.isYou} />}
      {report.status === "closed" && <p className="text-sm text-slate-600 dark:text-slate-400">This report is closed. If the problem comes back, report a new issue.</p>}
    </article>
  );
}
