import type { Metadata } from "next";
import Link from "next/link";
import { NotificationList } from "@/components/notify/NotificationList";
import { ButtonLink } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { signedInPageActor } from "@/lib/auth/page-access";
import { Invalid } from "@/lib/errors";
import { notificationDto } from "@/lib/notify/dto";
import { notificationSettingsHref } from "@/lib/notify/links";
import { listNotifications } from "@/lib/notify/notifications";

export const metadata: Metadata = { title: "Notifications" };

const PAGE_SIZE = 30;

export default async function NotificationsPage({ searchParams }: PageProps<"/notifications">) {
  const actor = await signedInPageActor("/notifications");
  const params = await searchParams;
  const before = typeof params.before === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(params.before) ? params.before : undefined;
  // An unknown cursor (an old or edited link) shows the newest page instead of an error.
  const page = await listNotifications(actor, { before, limit: PAGE_SIZE }).catch((error: unknown) =>
    error instanceof Invalid ? listNotifications(actor, { limit: PAGE_SIZE }) : Promise.reject(error),
  );
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title="Notifications"
        description="Status changes and replies on your reports and on reports that affect you, newest first."
        actions={
          <ButtonLink href={notificationSettingsHref} variant="secondary">
            Email settings
          </ButtonLink>
        }
      />
      {page.notifications.length === 0 ? (
        <EmptyState
          title={before ? "No older notifications" : "No notifications yet"}
          action={
            before ? (
              <ButtonLink href="/notifications" variant="secondary">Back to the newest</ButtonLink>
            ) : (
              <ButtonLink href="/reports" variant="secondary">See my reports</ButtonLink>
            )
          }
        >
          When our team changes the status of one of your reports, or answers it, you will find it here and under the bell.
        </EmptyState>
      ) : (
        <NotificationList notifications={page.notifications.map(notificationDto)} unreadCount={page.unreadCount} />
      )}
      {page.nextCursor && (
        <Link href={`/notifications?before=${encodeURIComponent(page.nextCursor)}`} className="inline-block text-sm font-medium text-brand-700 hover:underline dark:text-brand-300">
          Older notifications →
        </Link>
      )}
    </div>
  );
}
