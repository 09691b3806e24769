import type { Metadata } from "next";
import Link from "next/link";
import { CannedRepliesManager } from "@/components/admin/triage-config/CannedRepliesManager";
import { ClassifierCard } from "@/components/admin/triage-config/ClassifierCard";
import { SettingsForm } from "@/components/admin/triage-config/SettingsForm";
import { Alert } from "@/components/ui/Alert";
import { PageHeader } from "@/components/ui/PageHeader";
import { utcTime } from "@/components/ui/dates";
import { staffPageActor } from "@/lib/auth/page-access";
import { listCannedReplies } from "@/lib/triage/canned-replies";
import { classifierStatus } from "@/lib/triage/retrain";
import { getTriageSettingsForAdmin } from "@/lib/triage/settings";

export const metadata: Metadata = { title: "Triage settings" };

export default async function TriageSettingsPage() {
  const actor = await staffPageActor("/admin/triage/settings", ["admin"]);
  const [view, replies, classifier] = await Promise.all([getTriageSettingsForAdmin(actor), listCannedReplies(actor), classifierStatus(actor)]);

  return (
    <div className="space-y-8">
      <PageHeader
        title="Triage settings"
        description="How feedback is prioritized and how fast the team answers it: the priority matrix, SLA targets, the clocks' calendar and the replies staff reuse. Every change is audited."
      />

      {view.saved && view.updatedAt ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Last saved <time dateTime={view.updatedAt.toISOString()}>{utcTime(view.updatedAt)}</time>
          {view.updatedBy && <> by {view.updatedBy.name ?? view.updatedBy.email}</>}.{" "}
          <Link href="/admin/audit" className="font-medium text-brand-700 hover:underline dark:text-brand-300">
            Earlier changes are in the audit log
          </Link>
        </p>
      ) : (
        <Alert tone="info">The defaults are in force: no admin has saved triage settings yet. Change what your team needs and save.</Alert>
      )}

      <SettingsForm settings={view.settings} />

      <section aria-labelledby="canned-replies" className="space-y-4">
        <div className="space-y-1">
          <h2 id="canned-replies" className="text-xl font-semibold text-slate-900 dark:text-white">
            Canned replies
          </h2>
          <p className="max-w-2xl text-sm text-slate-600 dark:text-slate-400">
            Ready-made answers staff insert into a public reply and adapt before sending. Markdown works.
          </p>
        </div>
        <CannedRepliesManager replies={replies.map(({ id, title, body }) => ({ id, title, body }))} />
      </section>

      <section aria-labelledby="automatic-categories" className="space-y-4">
        <div className="space-y-1">
          <h2 id="automatic-categories" className="text-xl font-semibold text-slate-900 dark:text-white">
            Automatic categories
          </h2>
          <p className="max-w-2xl text-sm text-slate-600 dark:text-slate-400">
            Every new item gets a category from a model that runs inside the portal. Retrain it from the categories your staff confirmed, and go back
            to the shipped model if the new one does worse.
          </p>
        </div>
        <ClassifierCard status={classifier} />
      </section>
    </div>
  );
}
