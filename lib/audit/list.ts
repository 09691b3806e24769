import "server-only";
import { db } from "../db";
import { requireRole, type Actor } from "../auth/authorize";

export type AuditRecord = {
  id: string;
  createdAt: Date;
  actorEmail: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  data: unknown;
  ip: string | null;
};

const PAGE_SIZE = 50;

/** Newest first, keyset-paginated by id. Admins only. */
export async function listAuditLog(
  actor: Actor | null,
  options: { action?: string; before?: string } = {},
): Promise<{ records: AuditRecord[]; nextCursor: string | null }> {
  requireRole(actor, "admin");
  const rows = await db.auditLog.findMany({
    where: options.action ? { action: { startsWith: options.action } } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    cursor: options.before ? { id: options.before } : undefined,
    skip: options.before ? 1 : 0,
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      actorEmail: true,
      action: true,
      targetType: true,
      targetId: true,
      data: true,
      ip: true,
    },
  });
  const records = rows.slice(0, PAGE_SIZE);
  return { records, nextCursor: rows.length > PAGE_SIZE ? records[records.length - 1]!.id : null };
}
