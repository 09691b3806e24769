import { describe, expect, it } from "vitest";
import { db } from "../db";
import { DEMO_ACCOUNTS, seedDemoData } from "../../prisma/seed";
import { DEMO_FORUM } from "./demo-seed";
import { createThread } from "./posting";
import { getThread, listRelatedThreads } from "./threads";

describe("the demo forum", () => {
  it("seeds threads once, with an operation link, an accepted answer, a partner-only thread and an open flag", async () => {
    await seedDemoData();
    const ids = ["demo-forum-welcome", "demo-forum-pet-404", "demo-forum-bulk-pets", "demo-forum-sandbox-limits", "demo-forum-harbor-quotas"];
    const before = await db.forumThread.findMany({ where: { id: { in: ids } }, select: { id: true, number: true, replyCount: true, upvotes: true } });
    expect(before).toHaveLength(5);

    const petstore = await db.forumThread.findUniqueOrThrow({ where: { id: "demo-forum-pet-404" }, include: { category: true, api: true } });
    expect(petstore).toMatchObject({ operationSlug: "getPetById", versionLabel: "1.0.27", acceptedPostId: "demo-forum-pet-404-r2", replyCount: 2, upvotes: 2 });
    expect(petstore.api?.slug).toBe("petstore");
    expect(petstore.category.slug).toBe("petstore");
    expect(petstore.answeredAt).not.toBeNull();
    expect((await db.forumPost.findUniqueOrThrow({ where: { id: "demo-forum-pet-404-r2" } })).upvotes).toBe(2);
    const harbor = await db.forumThread.findUniqueOrThrow({ where: { id: "demo-forum-harbor-quotas" }, include: { category: { include: { api: true } } } });
    expect(harbor.category.api?.visibility).toBe("partner");
    await expect(getThread(null, harbor.number)).rejects.toThrow();
    expect(await db.forumFlag.count({ where: { id: DEMO_FORUM.openFlag, resolvedAt: null } })).toBe(1);
    const related = await listRelatedThreads({ api: { slug: "petstore", visibility: "public" }, operation: "getPetById" }, 5);
    expect(related.threads.map((t) => t.title)).toContain("getPetById answers 404 for a pet I just created");

    // Demo accounts are established members: the new-account limits do not apply to them.
    const accounts = await db.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, select: { createdAt: true } });
    for (const account of accounts) expect(account.createdAt.getTime()).toBeLessThan(Date.now() - 24 * 3_600_000);

    // Seeding again changes nothing, and new threads get numbers past the demo ones.
    await seedDemoData();
    const after = await db.forumThread.findMany({ where: { id: { in: ids } }, select: { id: true, number: true, replyCount: true, upvotes: true } });
    expect(after).toEqual(before);
    expect(await db.forumPost.count({ where: { threadId: { in: ids } } })).toBe(6);
    const developer = await db.user.findUniqueOrThrow({ where: { email: "developer@example.com" }, select: { id: true, email: true, name: true, role: true } });
    const fresh = await createThread(developer, { title: "A thread after seeding", body: `Numbered after the demo threads ${Date.now()}`, category: "general" });
    expect(fresh.number).toBeGreaterThan(DEMO_FORUM.partnerThread);
  }, 120_000);
});
