import { createServer, type Server } from "node:net";
import nodemailer from "nodemailer";
import type { SendMailOptions } from "nodemailer";
import { afterAll, describe, expect, inject, it } from "vitest";
import { db } from "../db";
import { plainClient } from "../db/connection";
import { deliverDueEmails, MAX_ATTEMPTS, RETRY_DELAYS_MINUTES } from "./email-worker";
import { smtpTransport, type MailSender } from "./mail-transport";
import { runTag } from "./testing/fixtures";

// Each test works at its own moment in the past (earlier for each later test), and the worker
// only touches emails due by the `now` it is given: so these tests never pick up emails that
// other test files queue at the real current time, nor each other's.
const tag = runTag();
const moment = (year: number) => new Date(Date.UTC(year, 0, 1, 12, 0, 0));
const minutes = (date: Date, n: number) => new Date(date.getTime() + n * 60_000);

async function queue(count: number, due: Date, label: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const email = await db.emailMessage.create({
      data: {
        to: `worker-${tag}-${i}@example.com`,
        subject: `${label} ${i} (${tag})`,
        text: `Text of ${label} ${i}`,
        html: `<p>Text of ${label} ${i}</p>`,
        unsubscribeUrl: `https://portal.example/unsubscribe?token=${label}-${i}`,
        nextAttemptAt: due,
      },
      select: { id: true },
    });
    ids.push(email.id);
  }
  return ids;
}

const rows = (ids: string[]) => db.emailMessage.findMany({ where: { id: { in: ids } }, orderBy: { subject: "asc" } });

/** A tiny SMTP server that accepts or (with a 451) refuses recipients, and keeps what it received. */
function smtpServer() {
  const received: string[] = [];
  const state = { refuse: false };
  const server: Server = createServer((socket) => {
    socket.setEncoding("utf8");
    socket.write("220 test.local ESMTP\r\n");
    let buffer = "";
    let data: string[] | null = null;
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf("\r\n"); end >= 0; end = buffer.indexOf("\r\n")) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line === ".") {
            received.push(data.join("\r\n"));
            data = null;
            socket.write("250 2.0.0 Queued\r\n");
          } else data.push(line.startsWith("..") ? line.slice(1) : line);
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO") socket.write("250-test.local\r\n250 8BITMIME\r\n");
        else if (verb === "HELO" || verb === "MAIL" || verb === "RSET" || verb === "NOOP") socket.write("250 OK\r\n");
        else if (verb === "RCPT") socket.write(state.refuse ? "451 4.3.0 Mailbox temporarily unavailable\r\n" : "250 OK\r\n");
        else if (verb === "DATA") {
          data = [];
          socket.write("354 Go ahead\r\n");
        } else if (verb === "QUIT") {
          socket.write("221 Bye\r\n");
          socket.end();
        } else socket.write("502 Not implemented\r\n");
      }
    });
    socket.on("error", () => undefined);
  });
  return {
    received,
    state,
    url: () => new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`smtp://127.0.0.1:${(server.address() as { port: number }).port}`))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const smtp = smtpServer();
afterAll(() => smtp.close());

describe("the email worker", () => {
  it("puts due emails in the outbox when no SMTP server is configured, and leaves the rest", async () => {
    const now = moment(2020);
    const due = await queue(2, minutes(now, -1), "outbox-due");
    const later = await queue(1, minutes(now, 1), "outbox-later");
    expect(await deliverDueEmails({ now, transport: null })).toEqual({ sent: 0, retrying: 0, failed: 0, outbox: 2 });
    expect((await rows(due)).map((e) => e.status)).toEqual(["outbox", "outbox"]);
    expect((await rows(later)).map((e) => e.status)).toEqual(["pending"]);
    // The outbox is not sent later: nothing is due any more at this moment.
    expect(await deliverDueEmails({ now, transport: null })).toMatchObject({ outbox: 0 });
  });

  it("sends through nodemailer with the one-click unsubscribe headers, once", async () => {
    const now = moment(2019);
    const [id] = await queue(1, now, "stream");
    const messages: string[] = [];
    const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    const transport: MailSender = {
      sendMail: async (message: SendMailOptions) => {
        const info = await stream.sendMail(message);
        messages.push((info.message as Buffer).toString("utf8"));
        return info;
      },
    };
    expect(await deliverDueEmails({ now, transport })).toEqual({ sent: 1, retrying: 0, failed: 0, outbox: 0 });
    const [email] = await rows([id!]);
    expect(email).toMatchObject({ status: "sent", attempts: 1, lastError: null, sentAt: now });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`To: worker-${tag}-0@example.com`);
    expect(messages[0]).toContain("List-Unsubscribe: <https://portal.example/unsubscribe?token=stream-0>");
    expect(messages[0]).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(messages[0]).toContain("Text of stream 0");
    expect(await deliverDueEmails({ now: minutes(now, 60), transport })).toMatchObject({ sent: 0 });
    expect(messages).toHaveLength(1);
  });

  it("retries a send the SMTP server refused, and sends it once the server takes it", async () => {
    const now = moment(2018);
    const [id] = await queue(1, now, "smtp-retry");
    const transport = smtpTransport(await smtp.url());

    smtp.state.refuse = true;
    expect(await deliverDueEmails({ now, transport })).toEqual({ sent: 0, retrying: 1, failed: 0, outbox: 0 });
    let [email] = await rows([id!]);
    expect(email).toMatchObject({ status: "pending", attempts: 1, nextAttemptAt: minutes(now, RETRY_DELAYS_MINUTES[0]) });
    expect(email!.lastError).toMatch(/451|rejected/i);

    // Not due again before its retry time.
    smtp.state.refuse = false;
    expect(await deliverDueEmails({ now: minutes(now, 0.5), transport })).toMatchObject({ sent: 0, retrying: 0 });

    expect(await deliverDueEmails({ now: minutes(now, 1), transport })).toEqual({ sent: 1, retrying: 0, failed: 0, outbox: 0 });
    [email] = await rows([id!]);
    expect(email).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    const message = smtp.received.find((m) => m.includes(`smtp-retry 0 (${tag})`));
    expect(message).toContain("List-Unsubscribe: <https://portal.example/unsubscribe?token=smtp-retry-0>");
    expect(message).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  });

  it("backs off 1, 5, 30 minutes, 2 and 12 hours, then gives up and keeps the last error", async () => {
    const start = moment(2017);
    const [id] = await queue(1, start, "doomed");
    let calls = 0;
    const transport: MailSender = {
      sendMail: async () => {
        calls++;
        throw new Error(`550 mailbox unavailable (try ${calls})`);
      },
    };
    let now = start;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await deliverDueEmails({ now, transport }), `attempt ${attempt}`).toMatchObject({ retrying: 1, failed: 0 });
      const [email] = await rows([id!]);
      expect(email).toMatchObject({ status: "pending", attempts: attempt, nextAttemptAt: minutes(now, RETRY_DELAYS_MINUTES[attempt - 1]!) });
      // One second before it is due again, nothing happens.
      expect(await deliverDueEmails({ now: new Date(email!.nextAttemptAt.getTime() - 1000), transport })).toMatchObject({ retrying: 0, failed: 0 });
      now = email!.nextAttemptAt;
    }
    expect(await deliverDueEmails({ now, transport })).toEqual({ sent: 0, retrying: 0, failed: 1, outbox: 0 });
    const [email] = await rows([id!]);
    expect(email).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastError: `550 mailbox unavailable (try ${MAX_ATTEMPTS})` });
    expect(calls).toBe(MAX_ATTEMPTS);
    expect(await deliverDueEmails({ now: minutes(now, 24 * 60), transport })).toMatchObject({ failed: 0, retrying: 0 });
  });

  it("sends every email exactly once when several workers run at the same time", async () => {
    const now = moment(2016);
    const ids = await queue(12, now, "parallel");
    const sent: string[] = [];
    const slow: MailSender = {
      sendMail: async (message: SendMailOptions) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        sent.push(String(message.subject));
      },
    };
    const reports = await Promise.all([deliverDueEmails({ now, transport: slow }), deliverDueEmails({ now, transport: slow }), deliverDueEmails({ now, transport: slow })]);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(12);
    expect(sent).toHaveLength(12);
    expect(new Set(sent).size).toBe(12);
    expect((await rows(ids)).every((e) => e.status === "sent" && e.attempts === 1)).toBe(true);
  });

  // On the embedded server a second connection's open transaction stalls every other connection,
  // so this needs a real PostgreSQL server.
  it.runIf(inject("databaseKind") === "postgres")("skips emails another instance is holding instead of waiting for them", async () => {
    const now = moment(2015);
    const ids = await queue(3, now, "locked");
    const sent: string[] = [];
    const sink: MailSender = { sendMail: async (message: SendMailOptions) => void sent.push(String(message.subject)) };
    const other = plainClient(process.env.DATABASE_URL!);
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`SELECT "id" FROM "EmailMessage" WHERE "id" = $1 FOR UPDATE`, [ids[0]]);
      // Without SKIP LOCKED this would wait for the other transaction (and time out).
      expect(await deliverDueEmails({ now, transport: sink })).toMatchObject({ sent: 2 });
    } finally {
      await other.query("ROLLBACK");
      await other.end();
    }
    expect(await deliverDueEmails({ now, transport: sink })).toMatchObject({ sent: 1 });
    expect(sent.sort()).toEqual([0, 1, 2].map((i) => `locked ${i} (${tag})`).sort());
  });
});
