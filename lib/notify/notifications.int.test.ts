import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { Invalid, Unauthenticated } from "../errors";
import type { Actor } from "../auth/authorize";
import { countUnread, listNotifications, markNotificationsRead } from "./notifications";
import { makeUser, runTag } from "./testing/fixtures";

const tag = runTag();
let owner: Actor;
let other: Actor;
let ownIds: string[] = [];
let otherIds: string[] = [];

async function seed(user: Actor, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    // Distinct times, oldest first, so "newest first" is observable.
    const row = await db.notification.create({
      data: { userId: user.id, kind: "report_status", title: `${user.name} #${i}`, url: `/reports/r${i}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

beforeAll(async () => {
  owner = await makeUser(tag, "developer", "owner");
  other = await makeUser(tag, "developer", "other");
  ownIds = await seed(owner, 5);
  otherIds = await seed(other, 2);
});

describe("in-app notifications", () => {
  it("lists only the caller's own, newest first, with the unread count", async () => {
    const page = await listNotifications(owner, { limit: 10 });
    expect(page.notifications.map((n) => n.title)).toEqual(["owner #4", "owner #3", "owner #2", "owner #1", "owner #0"]);
    expect(page.unreadCount).toBe(5);
    expect(page.nextCursor).toBeNull();
    await expect(listNotifications(null)).rejects.toBeInstanceOf(Unauthenticated);
    await expect(countUnread(null)).rejects.toBeInstanceOf(Unauthenticated);
  });

  it("pages with a keyset cursor that must be one of the caller's own", async () => {
    const first = await listNotifications(owner, { limit: 2 });
    expect(first.notifications.map((n) => n.title)).toEqual(["owner #4", "owner #3"]);
    const second = await listNotifications(owner, { limit: 2, before: first.nextCursor! });
    expect(second.notifications.map((n) => n.title)).toEqual(["owner #2", "owner #1"]);
    const third = await listNotifications(owner, { limit: 2, before: second.nextCursor! });
    expect(third.notifications.map((n) => n.title)).toEqual(["owner #0"]);
    expect(third.nextCursor).toBeNull();

    const foreign = await listNotifications(owner, { before: otherIds[0]! }).catch((e: unknown) => e);
    expect(foreign).toBeInstanceOf(Invalid);
    expect((foreign as Invalid).fieldErrors.before).toBeDefined();
    const tooMany = await listNotifications(owner, { limit: 500 }).catch((e: unknown) => e);
    expect((tooMany as Invalid).fieldErrors.limit).toBeDefined();
  });

  it("marks the caller's notifications read by id, and ignores ids of other users' notifications (IDOR)", async () => {
    const result = await markNotificationsRead(owner, { ids: [ownIds[0]!, otherIds[0]!, "no-such-id"] });
    expect(result).toEqual({ updated: 1, unreadCount: 4 });
    expect(await countUnread(other)).toBe(2);
    expect((await db.notification.findUniqueOrThrow({ where: { id: otherIds[0]! } })).readAt).toBeNull();

    // The other user cannot mark the owner's either.
    expect(await markNotificationsRead(other, { ids: [ownIds[1]!] })).toEqual({ updated: 0, unreadCount: 2 });
    expect(await countUnread(owner)).toBe(4);
  });

  it("marks all of the caller's read, and only his", async () => {
    expect(await markNotificationsRead(owner, { all: true })).toEqual({ updated: 4, unreadCount: 0 });
    expect(await countUnread(other)).toBe(2);
    const page = await listNotifications(owner);
    expect(page.notifications.every((n) => n.readAt !== null)).toBe(true);
    // Again: nothing left to mark.
    expect(await markNotificationsRead(owner, { all: true })).toEqual({ updated: 0, unreadCount: 0 });
  });

  it("refuses visitors and malformed requests with field messages", async () => {
    await expect(markNotificationsRead(null, { all: true })).rejects.toBeInstanceOf(Unauthenticated);
    for (const bad of [{}, { all: false }, { all: true, ids: ["x"] }, { ids: [] }, { ids: "x" }, { ids: Array.from({ length: 101 }, (_, i) => `id${i}`) }]) {
      const error = await markNotificationsRead(owner, bad as never).catch((e: unknown) => e);
      expect(error, JSON.stringify(bad)).toBeInstanceOf(Invalid);
      expect(Object.keys((error as Invalid).fieldErrors).length, JSON.stringify(bad)).toBeGreaterThan(0);
    }
  });
});
