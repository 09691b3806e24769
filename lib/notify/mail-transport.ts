import "server-only";
import nodemailer from "nodemailer";
import type { SendMailOptions } from "nodemailer";
import { env } from "../env";

/** What the email worker needs from a transport; tests pass their own. */
export type MailSender = { sendMail(message: SendMailOptions): Promise<unknown> };

export const DEFAULT_MAIL_FROM = "Hypercare Portal <no-reply@localhost>";

// Short timeouts: a hanging mail server must not hold a worker run (or its lease) for minutes.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** A nodemailer SMTP transport for an smtp:// or smtps:// URL, with timeouts unless the URL sets its own. */
export function smtpTransport(smtpUrl: string): MailSender {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(TIMEOUTS)) if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  return nodemailer.createTransport(url.toString());
}

let configured: MailSender | null | undefined;

/** The SMTP transport from SMTP_URL, or null when none is configured (emails go to the outbox). */
export function transportFromEnv(): MailSender | null {
  if (configured === undefined) configured = env.SMTP_URL ? smtpTransport(env.SMTP_URL) : null;
  return configured;
}

export function mailFrom(): string {
  return env.MAIL_FROM ?? DEFAULT_MAIL_FROM;
}
