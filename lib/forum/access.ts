import "server-only";
import type { Actor } from "../auth/authorize";
import { isStaffRole } from "../auth/roles";
import { visibleTo } from "../catalog/visibility";
import type { Prisma } from "../generated/prisma/client";
import type { Visibility } from "../generated/prisma/enums";
import { EDIT_WINDOW_MINUTES } from "./limits";

// Who may see what in the forum. A category exists for an actor when its API does (General is
// public); a thread when its category does and, if it is linked to an operation, that API too.
// Hidden threads and replies exist only for staff and their author. Everyone else gets 404.

export const isStaff = (actor: Actor | null): boolean => actor !== null && isStaffRole(actor.role);

/** Categories the actor may see. */
export function readableCategoryWhere(visibilities: Visibility[]): Prisma.ForumCategoryWhereInput {
  return { OR: [{ apiId: null }, { api: { visibility: { in: visibilities } } }] };
}

/** Threads whose category and linked API the given audience may see (hidden ones not included). */
export function threadsForAudienceWhere(visibilities: Visibility[]): Prisma.ForumThreadWhereInput {
  return {
    AND: [{ category: readableCategoryWhere(visibilities) }, { OR: [{ apiId: null }, { api: { visibility: { in: visibilities } } }] }],
  };
}

/** Threads the actor may read: lists, counts and pages. */
export function readableThreadWhere(actor: Actor | null): Prisma.ForumThreadWhereInput {
  const visible = threadsForAudienceWhere(visibleTo(actor));
  if (isStaff(actor)) return visible;
  return { AND: [visible, actor ? { OR: [{ hidden: false }, { authorId: actor.id }] } : { hidden: false }] };
}

/** Replies the actor may read within a thread they may read. */
export function readablePostWhere(actor: Actor | null): Prisma.ForumPostWhereInput {
  if (isStaff(actor)) return {};
  return actor ? { OR: [{ hidden: false }, { authorId: actor.id }] } : { hidden: false };
}

type ThreadForAccess = { authorId: string; hidden: boolean; category: { api: { visibility: Visibility } | null }; api: { visibility: Visibility } | null };

export function canReadThread(actor: Actor | null, thread: ThreadForAccess): boolean {
  const visibilities = visibleTo(actor);
  if (thread.category.api && !visibilities.includes(thread.category.api.visibility)) return false;
  if (thread.api && !visibilities.includes(thread.api.visibility)) return false;
  return !thread.hidden || isStaff(actor) || actor?.id === thread.authorId;
}

export function canReadPost(actor: Actor | null, post: { authorId: string; hidden: boolean }): boolean {
  return !post.hidden || isStaff(actor) || actor?.id === post.authorId;
}

/** Until when the author may still edit or delete a post written at `createdAt`. */
export const editableUntil = (createdAt: Date) => new Date(createdAt.getTime() + EDIT_WINDOW_MINUTES * 60_000);

export function withinEditWindow(createdAt: Date, now = new Date()): boolean {
  return now.getTime() < editableUntil(createdAt).getTime();
}

/** The select that canReadThread needs. */
export const THREAD_ACCESS_SELECT = {
  authorId: true,
  hidden: true,
  category: { select: { api: { select: { visibility: true } } } },
  api: { select: { visibility: true } },
} as const;
