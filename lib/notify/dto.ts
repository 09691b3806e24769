import type { NotificationKind } from "../generated/prisma/enums";

export type NotificationItem = { id: string; kind: NotificationKind; title: string; body: string | null; url: string; readAt: Date | null; createdAt: Date };

/** The JSON shape of a notification (GET /api/v1/notifications). */
export function notificationDto(n: NotificationItem) {
  return { id: n.id, kind: n.kind, title: n.title, body: n.body, url: n.url, read: n.readAt !== null, createdAt: n.createdAt.toISOString() };
}
export type NotificationDto = ReturnType<typeof notificationDto>;
