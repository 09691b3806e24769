import "server-only";
import { z } from "zod";
import { db } from "../db";
import { Invalid, NotFound } from "../errors";
import { requireRole, type Actor } from "../auth/authorize";
import type { EmailStatus } from "../generated/prisma/enums";
import { fieldErrorsOf } from "../validation";
import { idSchema } from "./schemas";

export const EMAIL_STATUSES = ["pending", "sent", "failed", "outbox"] as const satisfies readonly EmailStatus[];

export type EmailSummary = { id: string; to: string; subject: string; status: EmailStatus; attempts: number; lastError: string | null; createdAt: Date; sentAt: Date | null; nextAttemptAt: Date };
export type EmailDetail = EmailSummary & { text: string; unsubscribeUrl: string | null };

const SUMMARY = { id: true, to: true, subject: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, nextAttemptAt: true } as const;
const PAGE_SIZE = 50;

const outboxQuerySchema = z.object({
  status: z.enum(EMAIL_STATUSES, { error: `Status must be one of: ${EMAIL_STATUSES.join(", ")}.` }).optional(),
  before: idSchema.optional(),
});

/** Every email the portal queued, newest first: the development outbox and the delivery log. Admins only. */
export async function listEmails(
  actor: Actor | null,
  query: z.input<typeof outboxQuerySchema> = {},
): Promise<{ emails: EmailSummary[]; counts: Record<EmailStatus, number>; nextCursor: string | null }> {
  requireRole(actor, "admin");
  const parsed = outboxQuerySchema.safeParse(query);
  if (!parsed.success) throw new Invalid("Invalid filter.", fieldErrorsOf(parsed.error));
  const { status, before } = parsed.data;
  const [rows, grouped] = await Promise.all([
    db.emailMessage.findMany({
      where: status ? { status } : undefined,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      cursor: before ? { id: before } : undefined,
      skip: before ? 1 : 0,
      take: PAGE_SIZE + 1,
      select: SUMMARY,
    }),
    db.emailMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(EMAIL_STATUSES.map((s) => [s, grouped.find((g) => g.status === s)?._count._all ?? 0])) as Record<EmailStatus, number>;
  const emails = rows.slice(0, PAGE_SIZE);
  return { emails, counts, nextCursor: rows.length > PAGE_SIZE ? emails[emails.length - 1]!.id : null };
}

/** One email with its text. Admins only. */
export async function getEmail(actor: Actor | null, id: string): Promise<EmailDetail> {
  requireRole(actor, "admin");
  if (!idSchema.safeParse(id).success) throw new NotFound("No email with this id.");
  const email = await db.emailMessage.findUnique({ where: { id }, select: { ...SUMMARY, text: true, unsubscribeUrl: true } });
  if (!email) throw new NotFound("No email with this id.");
  return email;
}
