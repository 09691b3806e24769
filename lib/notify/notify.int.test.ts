import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { notify, type NotifyInput } from "./notify";
import { readUnsubscribeToken } from "./unsubscribe-token";
import { makePeople, runTag, type People } from "./testing/fixtures";

const tag = runTag();
let people: People;

beforeAll(async () => {
  people = await makePeople(`notify-${tag}`);
});

const send = (input: Omit<NotifyInput, "url" | "kind" | "title"> & Partial<NotifyInput>) =>
  db.$transaction((tx) => notify(tx, { kind: "report_status", title: `Report #1 is now Resolved (${tag})`, url: "/reports/cmtest", ...input }));

const emailsTo = (userId: string, subject?: string) => db.emailMessage.findMany({ where: { userId, ...(subject ? { subject } : {}) } });
const notificationsOf = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

describe("notify", () => {
  it("adds an in-app notification and queues an email with a link and a one-click unsubscribe link", async () => {
    const title = `Report #7 is now Resolved (${tag}-a)`;
    const result = await send({ userIds: [people.developer.id], title, body: "Fixed in 1.0.28.", email: { subject: `Subject ${tag}-a` } });
    expect(result).toEqual({ notified: [people.developer.id], emailed: [people.developer.id] });

    const [notification] = (await notificationsOf(people.developer.id)).filter((n) => n.title === title);
    expect(notification).toMatchObject({ kind: "report_status", body: "Fixed in 1.0.28.", url: "/reports/cmtest", readAt: null });

    const [email] = await emailsTo(people.developer.id, `Subject ${tag}-a`);
    expect(email).toMatchObject({ to: people.developer.email, status: "pending", attempts: 0 });
    expect(email!.text).toContain(title);
    expect(email!.text).toContain("Fixed in 1.0.28.");
    expect(email!.text).toMatch(/https?:\/\/[^/\s]+\/reports\/cmtest/);
    expect(email!.html).toContain("/reports/cmtest");
    const unsubscribe = new URL(email!.unsubscribeUrl!);
    expect(unsubscribe.pathname).toBe("/unsubscribe");
    expect(readUnsubscribeToken(unsubscribe.searchParams.get("token"))).toEqual({ userId: people.developer.id, category: "reports" });
    expect(email!.text).toContain(email!.unsubscribeUrl!);
  });

  it("respects each user's email setting for the category, and keeps the in-app notification", async () => {
    await db.notificationPreference.create({ data: { userId: people.partner.id, emailReports: false, emailForum: true } });
    const reports = await send({ userIds: [people.partner.id, people.developer2.id], email: { subject: `Subject ${tag}-b` } });
    expect(reports.notified.sort()).toEqual([people.partner.id, people.developer2.id].sort());
    expect(reports.emailed).toEqual([people.developer2.id]);
    expect(await emailsTo(people.partner.id, `Subject ${tag}-b`)).toHaveLength(0);
    expect(await emailsTo(people.developer2.id, `Subject ${tag}-b`)).toHaveLength(1);

    // The forum switch is separate from the reports switch.
    const forum = await send({ kind: "forum_reply", userIds: [people.partner.id], email: { subject: `Subject ${tag}-c` } });
    expect(forum.emailed).toEqual([people.partner.id]);
    const [email] = await emailsTo(people.partner.id, `Subject ${tag}-c`);
    expect(readUnsubscribeToken(new URL(email!.unsubscribeUrl!).searchParams.get("token"))?.category).toBe("forum");
  });

  it("never notifies the actor about his own action, and each user once", async () => {
    const title = `Self and duplicates (${tag})`;
    const result = await send({ userIds: [people.triager.id, people.developer.id, people.developer.id], actorId: people.triager.id, title });
    expect(result.notified).toEqual([people.developer.id]);
    expect((await notificationsOf(people.triager.id)).filter((n) => n.title === title)).toHaveLength(0);
    expect((await notificationsOf(people.developer.id)).filter((n) => n.title === title)).toHaveLength(1);
    expect(await send({ userIds: [people.triager.id], actorId: people.triager.id })).toEqual({ notified: [], emailed: [] });
  });

  it("lets news of a security report reach only its owner, security staff and admins, and keeps its details out of email", async () => {
    const title = `Security report #9 “Token leaked” is now In progress (${tag})`;
    const since = new Date();
    const everyone = [people.developer.id, people.developer2.id, people.partner.id, people.triager.id, people.security.id, people.admin.id];
    const result = await send({ userIds: everyone, title, body: "The leaked token is in build 4711.", confidential: { ownerId: people.developer.id }, email: { subject: `Secret ${tag}` } });
    expect(result.notified.sort()).toEqual([people.developer.id, people.security.id, people.admin.id].sort());
    for (const outsider of [people.developer2, people.partner, people.triager]) {
      expect((await notificationsOf(outsider.id)).filter((n) => n.title === title), outsider.role).toHaveLength(0);
      expect(await db.emailMessage.count({ where: { userId: outsider.id, createdAt: { gte: since } } }), outsider.role).toBe(0);
    }
    const email = await db.emailMessage.findFirstOrThrow({ where: { userId: people.developer.id, text: { contains: "security report you can see" } }, orderBy: { createdAt: "desc" } });
    expect(email.subject).toBe("An update on a security report");
    expect(`${email.subject} ${email.text} ${email.html}`).not.toContain("Token leaked");
    expect(email.text).not.toContain("build 4711");
  });

  it("keeps a notification in-app only when asked", async () => {
    const title = `In-app only (${tag})`;
    const result = await send({ userIds: [people.developer2.id], title, email: false });
    expect(result).toEqual({ notified: [people.developer2.id], emailed: [] });
    expect(await db.emailMessage.count({ where: { userId: people.developer2.id, text: { contains: title } } })).toBe(0);
  });

  it("exists only if its cause does: rolled back with the transaction it was written in", async () => {
    const title = `Rolled back (${tag})`;
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, { kind: "report_reply", title, url: "/reports/cmtest", userIds: [people.developer.id] });
        throw new Error("the cause failed");
      }),
    ).rejects.toThrow("the cause failed");
    expect(await db.notification.count({ where: { title } })).toBe(0);
    expect(await db.emailMessage.count({ where: { subject: title } })).toBe(0);
  });

  it("refuses a link that leaves the portal", async () => {
    await expect(send({ userIds: [people.developer.id], url: "https://evil.example/phish" })).rejects.toThrow(/portal paths/);
    await expect(send({ userIds: [people.developer.id], url: "//evil.example/phish" })).rejects.toThrow(/portal paths/);
  });
});
