import type { Metadata } from "next";
import Link from "next/link";
import { EmailStatusBadge, EMAIL_STATUS_LABELS } from "@/components/notify/EmailStatusBadge";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table } from "@/components/ui/Table";
import { cn } from "@/components/ui/cn";
import { staffPageActor } from "@/lib/auth/page-access";
import { EMAIL_STATUSES, listEmails } from "@/lib/notify/outbox";
import { utcTime } from "@/components/ui/dates";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage({ searchParams }: PageProps<"/admin/outbox">) {
  const actor = await staffPageActor("/admin/outbox", ["admin"]);
  const params = await searchParams;
  const status = EMAIL_STATUSES.find((s) => s === params.status);
  const before = typeof params.before === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(params.before) ? params.before : undefined;
  const { emails, counts, nextCursor } = await listEmails(actor, { status, before });
  const filterHref = (s?: string) => (s ? `/admin/outbox?status=${s}` : "/admin/outbox");

  return (
    <div className="space-y-6">
      <PageHeader
        title="Outbox"
        description="Every email the portal queued, newest first. Without SMTP_URL emails stay here (Outbox) instead of being sent; failed sends are retried with growing delays."
      />
      <nav aria-label="Filter by status" className="flex flex-wrap gap-2 text-sm">
        {[undefined, ...EMAIL_STATUSES].map((s) => (
          <Link
            key={s ?? "all"}
            href={filterHref(s)}
            aria-current={s === status ? "page" : undefined}
            className={cn(
              "rounded-full border px-3 py-1 font-medium",
              s === status
                ? "border-brand-600 bg-brand-50 text-brand-800 dark:border-brand-400 dark:bg-brand-950 dark:text-brand-200"
                : "border-slate-300 text-slate-700 hover:bg-slate-50 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-900",
            )}
          >
            {s ? EMAIL_STATUS_LABELS[s] : "All"} <span className="tabular-nums text-slate-500 dark:text-slate-400">{s ? counts[s] : Object.values(counts).reduce((a, b) => a + b, 0)}</span>
          </Link>
        ))}
      </nav>
      {emails.length === 0 ? (
        <EmptyState title={status ? `No ${EMAIL_STATUS_LABELS[status].toLowerCase()} emails` : "No emails yet"}>
          Emails are queued when staff change or answer a report that someone follows. Change a report&apos;s status to see one here.
        </EmptyState>
      ) : (
        <Table headers={["Queued", "To", "Subject", "Status", { label: "Attempts", className: "hidden md:table-cell" }, { label: "Last error", className: "hidden lg:table-cell" }]}>
          {emails.map((e) => (
            <tr key={e.id} className="align-top">
              <td className="whitespace-nowrap px-4 py-3 tabular-nums text-slate-600 dark:text-slate-400">
                <time dateTime={e.createdAt.toISOString()}>{utcTime(e.createdAt)}</time>
              </td>
              <td className="max-w-48 break-all px-4 py-3 text-slate-900 dark:text-slate-100">{e.to}</td>
              <td className="min-w-48 px-4 py-3">
                <Link href={`/admin/outbox/${e.id}`} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
                  {e.subject}
                </Link>
              </td>
              <td className="px-4 py-3">
                <EmailStatusBadge status={e.status} />
              </td>
              <td className="hidden px-4 py-3 tabular-nums text-slate-700 md:table-cell dark:text-slate-300">{e.attempts}</td>
              <td className="hidden max-w-64 break-words px-4 py-3 text-xs text-red-800 lg:table-cell dark:text-red-300">{e.lastError ?? ""}</td>
            </tr>
          ))}
        </Table>
      )}
      {nextCursor && (
        <Link
          href={`/admin/outbox?${new URLSearchParams({ ...(status ? { status } : {}), before: nextCursor })}`}
          className="inline-block text-sm font-medium text-brand-700 hover:underline dark:text-brand-300"
        >
          Older emails →
        </Link>
      )}
    </div>
  );
}
