import type { NotificationKind } from "../generated/prisma/enums";

/** What a user can switch email off for; in-app notifications are always kept. */
export const EMAIL_CATEGORIES = ["reports", "forum"] as const;
export type EmailCategory = (typeof EMAIL_CATEGORIES)[number];

export const EMAIL_CATEGORY_LABELS: Record<EmailCategory, { label: string; hint: string }> = {
  reports: {
    label: "Issue reports",
    hint: "Status changes, replies from our staff and merges of your reports and of reports you marked “affects me too”.",
  },
  forum: { label: "Forum", hint: "Replies to your threads and answers accepted in them." },
};

/** The preference column that decides whether a kind of notification is also emailed. */
export const PREFERENCE_FIELD = { reports: "emailReports", forum: "emailForum" } as const satisfies Record<EmailCategory, string>;

export function categoryOf(kind: NotificationKind): EmailCategory {
  return kind.startsWith("forum_") ? "forum" : "reports";
}

export function isEmailCategory(value: unknown): value is EmailCategory {
  return typeof value === "string" && (EMAIL_CATEGORIES as readonly string[]).includes(value);
}
