import "server-only";
import { db } from "../db";
import { mailFrom, transportFromEnv, type MailSender } from "./mail-transport";
import { truncateText } from "../http/unstorable-text";

/** Minutes to wait after the 1st, 2nd, … failed attempt; after the last one the email is `failed`. */
export const RETRY_DELAYS_MINUTES = [1, 5, 30, 120, 720] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;

const BATCH_SIZE = 10;
const MAX_BATCHES_PER_RUN = 5;
/**
 * A claimed email is not due again for this long, so another instance leaves it alone while it is
 * sent. It outlasts a whole batch against a hanging server (10 × ~50 s of SMTP timeouts); an
 * instance that dies mid-batch delays its emails by this much, and they are sent then.
 */
const LEASE_MINUTES = 15;

export type DeliveryReport = { sent: number; retrying: number; failed: number; outbox: number };

type Claimed = { id: string; to: string; subject: string; text: string; html: string; unsubscribeUrl: string | null; attempts: number };

const at = (date: Date) => date.toISOString();
const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

/**
 * Sends the emails that are due. Several app instances may run this at once: each claims its
 * emails with FOR UPDATE SKIP LOCKED and moves them out of reach (a lease) in one statement, then
 * sends outside any transaction. Without a transport (no SMTP_URL) due emails go to the outbox.
 * A failed send is retried after 1, 5, 30 minutes, 2 and 12 hours, then marked failed.
 */
export async function deliverDueEmails(options: { now?: Date; transport?: MailSender | null } = {}): Promise<DeliveryReport> {
  // Tests pin the time; otherwise each batch reads the clock, so a slow batch never shortens the next one's lease.
  const clock = () => options.now ?? new Date();
  const transport = "transport" in options ? (options.transport ?? null) : transportFromEnv();
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, outbox: 0 };

  if (!transport) {
    const now = clock();
    // Timestamps are compared as UTC wall-clock values, the way Prisma stores them.
    report.outbox = await db.$executeRaw`
      UPDATE "EmailMessage" SET "status" = 'outbox'
      WHERE "id" IN (
        SELECT "id" FROM "EmailMessage"
        WHERE "status" = 'pending' AND "nextAttemptAt" <= (${at(now)}::timestamptz AT TIME ZONE 'UTC')
        ORDER BY "nextAttemptAt", "id" LIMIT ${BATCH_SIZE * MAX_BATCHES_PER_RUN}::int
        FOR UPDATE SKIP LOCKED)`;
    return report;
  }

  for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
    const now = clock();
    const claimed = await db.$queryRaw<Claimed[]>`
      UPDATE "EmailMessage"
      SET "attempts" = "attempts" + 1, "nextAttemptAt" = (${at(minutesAfter(now, LEASE_MINUTES))}::timestamptz AT TIME ZONE 'UTC')
      WHERE "id" IN (
        SELECT "id" FROM "EmailMessage"
        WHERE "status" = 'pending' AND "nextAttemptAt" <= (${at(now)}::timestamptz AT TIME ZONE 'UTC')
        ORDER BY "nextAttemptAt", "id" LIMIT ${BATCH_SIZE}::int
        FOR UPDATE SKIP LOCKED)
      RETURNING "id", "to", "subject", "text", "html", "unsubscribeUrl", "attempts"`;
    for (const email of claimed) {
      const outcome = await sendOne(transport, email, clock());
      report[outcome]++;
    }
    if (claimed.length < BATCH_SIZE) break;
  }
  return report;
}

async function sendOne(transport: MailSender, email: Claimed, now: Date): Promise<"sent" | "retrying" | "failed"> {
  try {
    await transport.sendMail({
      from: mailFrom(),
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      // RFC 2369 + RFC 8058: mail clients show an unsubscribe button that POSTs to this address.
      ...(email.unsubscribeUrl
        ? { list: { unsubscribe: email.unsubscribeUrl }, headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } }
        : {}),
    });
    await db.emailMessage.update({ where: { id: email.id }, data: { status: "sent", sentAt: now, lastError: null } });
    return "sent";
  } catch (error) {
    const lastError = truncateText(error instanceof Error ? error.message : String(error), 1000) || "Unknown error";
    const givingUp = email.attempts >= MAX_ATTEMPTS;
    const delay = RETRY_DELAYS_MINUTES[Math.min(email.attempts, RETRY_DELAYS_MINUTES.length) - 1] ?? RETRY_DELAYS_MINUTES[0];
    await db.emailMessage.update({
      where: { id: email.id },
      data: givingUp ? { status: "failed", lastError } : { lastError, nextAttemptAt: minutesAfter(now, delay) },
    });
    return givingUp ? "failed" : "retrying";
  }
}
