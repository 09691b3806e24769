import type { Metadata } from "next";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { Badge } from "@/components/ui/Badge";
import { buttonClasses, ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { signedInPageActor } from "@/lib/auth/page-access";
// Notifications: email preferences.
import { NotificationPreferencesForm } from "@/components/notify/NotificationPreferencesForm";
import { getNotificationPreferences } from "@/lib/notify/preferences";
import { isStaffRole, ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await signedInPageActor("/account");
  const notificationPreferences = await getNotificationPreferences(actor);
  return (
    <div className="space-y-8">
      <PageHeader title="Your account" description="The details the portal holds about you, and your access level." />
      <Card className="max-w-2xl">
        <dl className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
          <Row label="Name">{actor.name || <span className="text-slate-500 dark:text-slate-400">Not set</span>}</Row>
          <Row label="Email">{actor.email}</Row>
          <Row label="Role">
            <div className="space-y-1">
              <Badge tone={isStaffRole(actor.role) ? "brand" : "neutral"}>{ROLE_LABELS[actor.role]}</Badge>
              <p className="text-slate-600 dark:text-slate-400">{ROLE_DESCRIPTIONS[actor.role]}</p>
            </div>
          </Row>
        </dl>
        <div className="mt-6 flex flex-wrap gap-3 border-t border-slate-200 pt-6 dark:border-slate-800">
          {isStaffRole(actor.role) && <ButtonLink href="/admin">Open the staff area</ButtonLink>}
          <SignOutButton className={buttonClasses("secondary")} />
        </div>
      </Card>
      {/* Notifications: which ones also come by email. */}
      <section id="notifications" aria-labelledby="notifications-heading" className="max-w-2xl scroll-mt-24 space-y-3">
        <h2 id="notifications-heading" className="text-lg font-semibold text-slate-900 dark:text-white">Email notifications</h2>
        <Card>
          <NotificationPreferencesForm initial={notificationPreferences} />
        </Card>
      </section>
    </div>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
      <dt className="font-medium text-slate-700 dark:text-slate-300">{label}</dt>
      <dd className="text-slate-900 sm:col-span-2 dark:text-slate-100">{children}</dd>
    </div>
  );
}
