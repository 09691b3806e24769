import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { Forbidden, Invalid, NotFound, Unauthenticated } from "../errors";
import { getEmail, listEmails } from "./outbox";
import { makePeople, runTag, type People } from "./testing/fixtures";

const tag = runTag();
let people: People;
let emailId: string;

beforeAll(async () => {
  people = await makePeople(`outbox-${tag}`);
  const email = await db.emailMessage.create({
    data: { userId: people.developer.id, to: people.developer.email, subject: `Outbox check (${tag})`, text: "Hi,\n\nReport #1 is now Resolved.", html: "<p>Hi</p>", status: "outbox" },
    select: { id: true },
  });
  emailId = email.id;
});

describe("the admin outbox", () => {
  it("lists queued emails newest first with their status, and filters by status", async () => {
    const { emails, counts } = await listEmails(people.admin);
    expect(emails.find((e) => e.id === emailId)).toMatchObject({ subject: `Outbox check (${tag})`, status: "outbox", attempts: 0, to: people.developer.email });
    expect(counts.outbox).toBeGreaterThanOrEqual(1);
    const sentOnly = await listEmails(people.admin, { status: "sent" });
    expect(sentOnly.emails.every((e) => e.status === "sent")).toBe(true);
    const bad = await listEmails(people.admin, { status: "bounced" as never }).catch((e: unknown) => e);
    expect((bad as Invalid).fieldErrors.status).toBeDefined();
  });

  it("opens one email with its text", async () => {
    expect(await getEmail(people.admin, emailId)).toMatchObject({ text: "Hi,\n\nReport #1 is now Resolved." });
    await expect(getEmail(people.admin, "no-such-email")).rejects.toBeInstanceOf(NotFound);
  });

  it("is for admins only: other staff are forbidden, everyone else finds nothing", async () => {
    for (const staff of [people.triager, people.security]) {
      await expect(listEmails(staff), staff.role).rejects.toBeInstanceOf(Forbidden);
      await expect(getEmail(staff, emailId), staff.role).rejects.toBeInstanceOf(Forbidden);
    }
    for (const outsider of [people.developer, people.partner]) {
      await expect(listEmails(outsider), outsider.role).rejects.toBeInstanceOf(NotFound);
      await expect(getEmail(outsider, emailId), outsider.role).rejects.toBeInstanceOf(NotFound);
    }
    await expect(listEmails(null)).rejects.toBeInstanceOf(Unauthenticated);
  });
});
