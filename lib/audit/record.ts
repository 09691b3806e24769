import "server-only";
import type { Db, Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";

export type AuditEntry = {
  /** Null for the system (seed, scheduled jobs). */
  actor: { id: string; email: string } | null;
  /** Dotted verb: `user.role.change`, `key.revoke`, … */
  action: string;
  target: { type: string; id?: string | null };
  data?: Prisma.InputJsonObject;
  ip?: string | null;
};

/** Appends an audit record. Pass the transaction's client when the action runs in one. */
export async function recordAudit(client: Db | Tx, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      targetType: entry.target.type,
      targetId: entry.target.id ?? null,
      data: entry.data ?? {},
      ip: entry.ip ?? null,
    },
  });
}
