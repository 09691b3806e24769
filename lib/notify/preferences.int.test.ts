import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { Invalid, Unauthenticated } from "../errors";
import type { Actor } from "../auth/authorize";
import { notify } from "./notify";
import { getNotificationPreferences, maskEmail, readUnsubscribeLink, unsubscribeWithLink, updateNotificationPreferences } from "./preferences";
import { unsubscribeToken } from "./unsubscribe-token";
import { makeUser, runTag } from "./testing/fixtures";

const tag = runTag();
let jane: Actor;
let bob: Actor;

beforeAll(async () => {
  jane = await makeUser(tag, "developer", "jane");
  bob = await makeUser(tag, "developer", "bob");
});

const emailsFor = (user: Actor, since: Date) => db.emailMessage.count({ where: { userId: user.id, createdAt: { gte: since } } });

describe("notification preferences", () => {
  it("are all on until the user changes them, and are his alone", async () => {
    expect(await getNotificationPreferences(jane)).toEqual({ emailReports: true, emailForum: true });
    expect(await updateNotificationPreferences(jane, { emailReports: false, emailForum: true })).toEqual({ emailReports: false, emailForum: true });
    expect(await getNotificationPreferences(jane)).toEqual({ emailReports: false, emailForum: true });
    expect(await getNotificationPreferences(bob)).toEqual({ emailReports: true, emailForum: true });
    expect(await updateNotificationPreferences(jane, { emailReports: true, emailForum: true })).toEqual({ emailReports: true, emailForum: true });
  });

  it("refuse visitors and malformed settings with field messages", async () => {
    await expect(getNotificationPreferences(null)).rejects.toBeInstanceOf(Unauthenticated);
    await expect(updateNotificationPreferences(null, { emailReports: false, emailForum: false })).rejects.toBeInstanceOf(Unauthenticated);
    const bad = await updateNotificationPreferences(jane, { emailReports: "no" }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(Invalid);
    expect(Object.keys((bad as Invalid).fieldErrors).sort()).toEqual(["emailForum", "emailReports"]);
  });
});

describe("one-click unsubscribe", () => {
  it("shows what a valid link switches off, switches it off without sign-in, and later emails of that kind stop", async () => {
    const token = unsubscribeToken(bob.id, "reports");
    expect(await readUnsubscribeLink(token)).toEqual({ category: "reports", email: bob.email, subscribed: true });
    expect(await unsubscribeWithLink(token)).toEqual({ category: "reports", email: bob.email, subscribed: false });
    expect(await getNotificationPreferences(bob)).toEqual({ emailReports: false, emailForum: true });

    const since = new Date();
    await db.$transaction((tx) => notify(tx, { userIds: [bob.id], kind: "report_reply", title: `After unsubscribing (${tag})`, url: "/reports/x" }));
    expect(await emailsFor(bob, since)).toBe(0);
    expect(await db.notification.count({ where: { userId: bob.id, title: `After unsubscribing (${tag})` } })).toBe(1);
    // Forum emails were not touched.
    await db.$transaction((tx) => notify(tx, { userIds: [bob.id], kind: "forum_reply", title: `Forum (${tag})`, url: "/forum/1" }));
    expect(await emailsFor(bob, since)).toBe(1);
  });

  it("is harmless when used again (mail clients and people click twice)", async () => {
    const token = unsubscribeToken(bob.id, "reports");
    expect(await readUnsubscribeLink(token)).toMatchObject({ subscribed: false });
    expect(await unsubscribeWithLink(token)).toMatchObject({ subscribed: false });
    expect(await getNotificationPreferences(bob)).toEqual({ emailReports: false, emailForum: true });
  });

  it("refuses forged, altered and stale links and changes nothing", async () => {
    const janeToken = unsubscribeToken(jane.id, "reports");
    const [, , signature] = janeToken.split(".");
    const forged = [
      "forged",
      `${Buffer.from(bob.id).toString("base64url")}.forum.${signature}`,
      `${Buffer.from(jane.id).toString("base64url")}.forum.${signature}`,
      janeToken.slice(0, -2) + (janeToken.endsWith("AA") ? "BB" : "AA"),
      null,
    ];
    for (const token of forged) {
      expect(await readUnsubscribeLink(token), String(token)).toBeNull();
      expect(await unsubscribeWithLink(token), String(token)).toBeNull();
    }
    expect(await getNotificationPreferences(jane)).toEqual({ emailReports: true, emailForum: true });
    expect(await getNotificationPreferences(bob)).toEqual({ emailReports: false, emailForum: true });

    // A correctly signed link for an account that no longer exists.
    const gone = await makeUser(tag, "developer", "gone");
    const goneToken = unsubscribeToken(gone.id, "forum");
    await db.user.delete({ where: { id: gone.id } });
    expect(await unsubscribeWithLink(goneToken)).toBeNull();
  });

  it("masks the address it shows to whoever holds the link", () => {
    expect(maskEmail("jane.doe@example.com")).toBe("j…e@example.com");
    expect(maskEmail("jo@example.com")).toBe("j…@example.com");
  });
});
