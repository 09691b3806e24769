import type { Metadata } from "next";
import Link from "next/link";
import { EmailStatusBadge } from "@/components/notify/EmailStatusBadge";
import { Card } from "@/components/ui/Card";
import { staffPageActor } from "@/lib/auth/page-access";
import { forPage } from "@/lib/http/page-errors";
import { getEmail } from "@/lib/notify/outbox";
import { utcTime } from "@/components/ui/dates";

export const metadata: Metadata = { title: "Email" };

const when = (date: Date | null) => (date ? utcTime(date) : "—");

export default async function OutboxEmailPage({ params }: PageProps<"/admin/outbox/[id]">) {
  const { id } = await params;
  const actor = await staffPageActor(`/admin/outbox/${encodeURIComponent(id)}`, ["admin"]);
  const email = await forPage(getEmail(actor, id));
  return (
    <article className="max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/admin/outbox" className="hover:underline">Outbox</Link> / email
      </nav>
      <header className="space-y-2 border-b border-slate-200 pb-4 dark:border-slate-800">
        <h1 className="break-words text-2xl font-bold tracking-tight text-slate-900 dark:text-white">{email.subject}</h1>
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          <EmailStatusBadge status={email.status} />
          <span>to {email.to}</span>
        </div>
      </header>
      <Card className="text-sm">
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-600 dark:text-slate-400">Queued</dt>
          <dd>{when(email.createdAt)}</dd>
          <dt className="text-slate-600 dark:text-slate-400">Sent</dt>
          <dd>{when(email.sentAt)}</dd>
          <dt className="text-slate-600 dark:text-slate-400">Attempts</dt>
          <dd className="tabular-nums">{email.attempts}</dd>
          {email.status === "pending" && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">Next attempt</dt>
              <dd>{when(email.nextAttemptAt)}</dd>
            </>
          )}
          {email.lastError && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">Last error</dt>
              <dd className="break-words text-red-800 dark:text-red-300">{email.lastError}</dd>
            </>
          )}
          {email.unsubscribeUrl && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">List-Unsubscribe</dt>
              <dd className="break-all font-mono text-xs">{email.unsubscribeUrl}</dd>
            </>
          )}
        </dl>
      </Card>
      <section aria-labelledby="email-text" className="space-y-2">
        <h2 id="email-text" className="text-lg font-semibold text-slate-900 dark:text-white">Text</h2>
        <pre className="overflow-x-auto whitespace-pre-wrap break-words rounded-xl border border-slate-200 bg-slate-50 p-4 text-sm text-slate-800 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-200">
          {email.text}
        </pre>
      </section>
    </article>
  );
}
