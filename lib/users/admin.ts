import "server-only";
import { db } from "../db";
import { Conflict, Invalid, NotFound } from "../errors";
import { recordAudit } from "../audit/record";
import { requireRole, requireStaff, type Actor } from "../auth/authorize";
import type { Role } from "../auth/roles";
import { changeRoleSchema, userSearchSchema, type UserSearch } from "./schemas";
import { fieldErrorsOf } from "../validation";

export type UserSummary = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  createdAt: Date;
  lastSignInAt: Date | null;
};

const USER_SUMMARY = { id: true, email: true, name: true, role: true, createdAt: true, lastSignInAt: true } as const;
const PAGE_SIZE = 50;

/** Users matching an email/name search, oldest first, keyset-paginated. Admins only. */
export async function listUsers(
  actor: Actor | null,
  search: UserSearch = {},
): Promise<{ users: UserSummary[]; total: number; nextCursor: string | null }> {
  requireRole(actor, "admin");
  const parsed = userSearchSchema.safeParse(search);
  if (!parsed.success) throw new Invalid("Invalid search.", fieldErrorsOf(parsed.error));
  const { q, role, after } = parsed.data;
  const where = {
    ...(role ? { role } : {}),
    ...(q
      ? { OR: [{ email: { contains: q, mode: "insensitive" as const } }, { name: { contains: q, mode: "insensitive" as const } }] }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      cursor: after ? { id: after } : undefined,
      skip: after ? 1 : 0,
      take: PAGE_SIZE + 1,
      select: USER_SUMMARY,
    }),
    db.user.count({ where }),
  ]);
  const users = rows.slice(0, PAGE_SIZE);
  return { users, total, nextCursor: rows.length > PAGE_SIZE ? users[users.length - 1]!.id : null };
}

/**
 * Changes a user's role and audits it. Admins only; an admin cannot demote themself, so the
 * portal always keeps at least one admin who can undo a change.
 */
export async function changeUserRole(
  actor: Actor | null,
  userId: string,
  input: unknown,
  context: { ip?: string | null } = {},
): Promise<UserSummary> {
  const admin = requireRole(actor, "admin");
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Choose a valid role.", fieldErrorsOf(parsed.error));
  const { role } = parsed.data;
  if (userId === admin.id && role !== "admin") {
    throw new Conflict("You cannot remove your own admin role. Ask another admin to do it.");
  }
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!before) throw new NotFound("No user with this id.");
    const user = await tx.user.update({ where: { id: userId }, data: { role }, select: USER_SUMMARY });
    if (before.role !== role) {
      await recordAudit(tx, {
        actor: admin,
        action: "user.role.change",
        target: { type: "user", id: userId },
        data: { email: user.email, from: before.role, to: role },
        ip: context.ip,
      });
    }
    return user;
  });
}

/** Counts for the staff overview: how many accounts hold each role. */
export async function countUsersByRole(actor: Actor | null): Promise<Record<Role, number>> {
  requireRole(actor, "admin");
  const groups = await db.user.groupBy({ by: ["role"], _count: { _all: true } });
  const counts: Record<Role, number> = { developer: 0, partner: 0, triager: 0, security: 0, admin: 0 };
  for (const g of groups) counts[g.role] = g._count._all;
  return counts;
}

export type StaffMember = { id: string; email: string; name: string | null; role: Role };

/** Who is on the staff team and in which role; any staff member may see this. */
export async function listStaff(actor: Actor | null): Promise<StaffMember[]> {
  requireStaff(actor);
  return db.user.findMany({
    where: { role: { in: ["triager", "security", "admin"] } },
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true },
  });
}
