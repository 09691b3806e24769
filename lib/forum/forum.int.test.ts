import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { Conflict, Forbidden, Invalid, NotFound, RateLimited, Unauthenticated } from "../errors";
import { systemActor, type Actor } from "../auth/authorize";
import type { Role } from "../auth/roles";
import { importApiVersion } from "../catalog/import-version";
import { readSourceFromPath } from "../catalog/import/source-files";
import { resetLimit } from "../rate-limit/limiter";
import { acceptAnswer, unacceptAnswer } from "./answers";
import { getCategory, listCategories } from "./categories";
import { flagPost, flagThread, listFlags, resolveFlag } from "./flags";
import { NEW_ACCOUNT_POST_INTERVAL, THREADS_PER_PAGE } from "./limits";
import { moderatePost, moderateThread } from "./moderation";
import { createThread, deletePost, deleteThread, editPost, editThread, replyToThread } from "./posting";
import { searchForum } from "./search";
import { getThread, listRelatedThreads, listThreads } from "./threads";
import { promoteUnansweredThreads } from "./unanswered";
import { votePost, voteThread } from "./votes";

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const api = `forum-${tag}`;
const partnerApi = `forum-partner-${tag}`;
const staffApi = `forum-staff-${tag}`;
type Who = Role | "developer2" | "newbie";
const people = {} as Record<Who, Actor>;
const petstore = () => readSourceFromPath(fileURLToPath(new URL("../../prisma/demo/openapi/petstore.yaml", import.meta.url)));
const DAY = 86_400_000;

let counter = 0;
/** A valid thread with a body no one has posted yet (identical posts are refused). */
const thread = (overrides: Record<string, unknown> = {}) => ({
  title: `How do I page through pets? (${tag})`,
  body: `I call findPetsByStatus and get every pet at once. Is there a limit parameter? #${++counter}`,
  category: api,
  ...overrides,
});
const reply = (text = "Use the `limit` query parameter") => ({ body: `${text} (${++counter})` });

const backdate = (number: number, minutes: number) =>
  db.forumThread.update({ where: { number }, data: { createdAt: new Date(Date.now() - minutes * 60_000) } });
const auditCount = (action: string, targetId: string) => db.auditLog.count({ where: { action, targetId } });

beforeAll(async () => {
  await importApiVersion(systemActor("test"), { api, version: "v1" }, petstore());
  await importApiVersion(systemActor("test"), { api, version: "v2" }, petstore());
  await importApiVersion(systemActor("test"), { api: partnerApi, version: "v1", visibility: "partner" }, petstore());
  await importApiVersion(systemActor("test"), { api: staffApi, version: "v1", visibility: "staff" }, petstore());
  const established = new Date(Date.now() - 30 * DAY);
  for (const who of ["developer", "developer2", "partner", "triager", "security", "admin", "newbie"] as const) {
    const role = who === "developer2" || who === "newbie" ? "developer" : who;
    people[who] = await db.user.create({
      data: { email: `${who}-${tag}@example.com`, role, name: `${who} ${tag}`, createdAt: who === "newbie" ? new Date() : established },
      select: { id: true, email: true, name: true, role: true },
    });
  }
}, 120_000);

describe("categories and visibility", () => {
  it("creates a category per API and shows a partner API's category to partners and staff only", async () => {
    for (const who of ["partner", "triager", "security", "admin"] as const) {
      expect((await listCategories(people[who])).map((c) => c.slug), who).toContain(partnerApi);
      await expect(getCategory(people[who], partnerApi)).resolves.toMatchObject({ slug: partnerApi });
    }
    for (const viewer of [null, people.developer]) {
      const slugs = (await listCategories(viewer)).map((c) => c.slug);
      expect(slugs).toContain("general");
      expect(slugs).toContain(api);
      expect(slugs).not.toContain(partnerApi);
      expect(slugs).not.toContain(staffApi);
      await expect(getCategory(viewer, partnerApi)).rejects.toBeInstanceOf(NotFound);
    }
    await expect(getCategory(people.partner, staffApi)).rejects.toBeInstanceOf(NotFound);
  });

  it("keeps a partner API's threads from developers and visitors: page, lists, counts, operation lists and search", async () => {
    const secret = await createThread(people.partner, thread({ category: partnerApi, title: `Harbor quota zeppelin ${tag}`, api: partnerApi, version: "v1", operation: "getPetById" }));
    // Also a thread in General that links the partner API: the link alone must not leak it.
    const linked = await createThread(people.partner, thread({ category: "general", title: `General zeppelin about the partner API ${tag}`, api: partnerApi }));
    for (const viewer of [null, people.developer]) {
      await expect(getThread(viewer, secret.number)).rejects.toBeInstanceOf(NotFound);
      await expect(getThread(viewer, linked.number)).rejects.toBeInstanceOf(NotFound);
      await expect(listThreads(viewer, { category: partnerApi })).rejects.toBeInstanceOf(NotFound);
      await expect(listThreads(viewer, { api: partnerApi, operation: "getPetById" })).rejects.toBeInstanceOf(NotFound);
      const general = await listThreads(viewer, { category: "general" });
      expect(general.threads.map((t) => t.number)).not.toContain(linked.number);
      expect((await listThreads(viewer, {})).threads.map((t) => t.number)).not.toContain(secret.number);
      expect(await searchForum(viewer, `zeppelin ${tag}`)).toEqual([]);
    }
    for (const who of ["partner", "triager", "admin"] as const) {
      await expect(getThread(people[who], secret.number)).resolves.toMatchObject({ title: `Harbor quota zeppelin ${tag}` });
      expect((await getCategory(people[who], partnerApi)).threadCount).toBe(1);
      expect((await searchForum(people[who], `zeppelin ${tag}`)).map((r) => r.number).sort()).toEqual([secret.number, linked.number].sort());
    }
  });

  it("answers 404 for a thread number that does not exist, like one that is hidden", async () => {
    await expect(getThread(people.admin, 2_000_000_000)).rejects.toBeInstanceOf(NotFound);
    await expect(getThread(people.admin, Number.NaN)).rejects.toBeInstanceOf(NotFound);
  });
});

describe("starting threads and replying", () => {
  it("starts a thread linked to an operation, in its API's category by default, with tags normalized", async () => {
    const created = await createThread(people.developer, thread({ category: undefined, api, version: "v1", operation: "getPetById", tags: ["Pagination", "sdk-js", "pagination"] }));
    expect(created).toMatchObject({
      category: { slug: api },
      link: { api, version: "v1", operation: "getPetById" },
      tags: ["pagination", "sdk-js"],
      author: { isYou: true, staff: false },
      replyCount: 0,
      answered: false,
      editedAt: null,
    });
    expect(created.you).toMatchObject({ canEdit: true, canVote: false, canAccept: true, canModerate: false });
  });

  it("refuses visitors and invalid input with field-level messages", async () => {
    await expect(createThread(null, thread())).rejects.toBeInstanceOf(Unauthenticated);
    const bad = (await createThread(people.developer, thread({ title: "Hey", body: "short", tags: ["Not OK!", "a", "b", "c", "d", "e"] })).catch((e: unknown) => e)) as Invalid;
    expect(bad).toBeInstanceOf(Invalid);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["body", "tags", "title"]);
    const tooMany = (await createThread(people.developer, thread({ tags: ["a", "b", "c", "d", "e", "f"] })).catch((e: unknown) => e)) as Invalid;
    expect(tooMany.fieldErrors.tags?.[0]).toBe("Use at most 5 tags.");
    const long = (await createThread(people.developer, thread({ body: "x".repeat(20_001) })).catch((e: unknown) => e)) as Invalid;
    expect(long.fieldErrors.body?.[0]).toMatch(/at most 20,000 characters/);
  });

  it("validates the operation link against the catalog the author may see", async () => {
    const noOp = (await createThread(people.developer, thread({ api, version: "v1", operation: "nope" })).catch((e: unknown) => e)) as Invalid;
    expect(noOp.fieldErrors.operation?.[0]).toMatch(/No operation "nope"/);
    const noVersion = (await createThread(people.developer, thread({ api, operation: "getPetById" })).catch((e: unknown) => e)) as Invalid;
    expect(noVersion.fieldErrors.version).toBeDefined();
    const hidden = (await createThread(people.developer, thread({ category: "general", api: partnerApi })).catch((e: unknown) => e)) as Invalid;
    expect(hidden.fieldErrors.api).toBeDefined();
    const hiddenCategory = (await createThread(people.developer, thread({ category: partnerApi })).catch((e: unknown) => e)) as Invalid;
    expect(hiddenCategory.fieldErrors.category).toBeDefined();
    const wrongCategory = (await createThread(people.partner, thread({ category: api, api: partnerApi })).catch((e: unknown) => e)) as Invalid;
    expect(wrongCategory.fieldErrors.category?.[0]).toMatch(/another API/);
  });

  it("counts replies, marks a thread answered only when someone else replies, and keeps the staff badge", async () => {
    const t = await createThread(people.developer, thread());
    const own = await replyToThread(people.developer, t.number, reply("Some more detail from me"));
    expect(own.thread).toMatchObject({ replyCount: 1, answered: false });
    const answered = await replyToThread(people.triager, t.number, reply("Staff here: use limit"));
    expect(answered.thread).toMatchObject({ replyCount: 2, answered: true });
    expect(answered.thread.replies.map((r) => r.author.staff)).toEqual([false, true]);
    // The thread's author is notified of the other person's reply, not of his own.
    const notified = await db.notification.findMany({ where: { userId: people.developer.id, url: { startsWith: `/forum/t/${t.number}#` } } });
    expect(notified).toEqual([expect.objectContaining({ kind: "forum_reply", url: `/forum/t/${t.number}#post-${answered.postId}`, title: `triager ${tag} replied to “${t.title}”` })]);
    await expect(replyToThread(null, t.number, reply())).rejects.toBeInstanceOf(Unauthenticated);
    const empty = (await replyToThread(people.developer2, t.number, { body: "   " }).catch((e: unknown) => e)) as Invalid;
    expect(empty.fieldErrors.body?.[0]).toBe("Write a reply.");
  });

  it("takes a reply of emoji to a thread titled in emoji, and its author's notification cuts neither in half", async () => {
    const t = await createThread(people.developer, thread({ title: `${"💥".repeat(120)} ${tag}` }));
    const { postId } = await replyToThread(people.developer2, t.number, { body: `x${"💥".repeat(3_000)}` });
    const [notice] = await db.notification.findMany({ where: { userId: people.developer.id, url: `/forum/t/${t.number}#post-${postId}` } });
    expect(notice!.title.isWellFormed() && notice!.body!.isWellFormed()).toBe(true);
    expect(notice!.body).toMatch(/^x💥+…$/u);
  });
});

describe("abuse limits", () => {
  it("lets a new account post once every 30 seconds, with Retry-After", async () => {
    const first = await createThread(people.newbie, thread({ title: `Newbie question one ${tag}` }));
    const refused = (await replyToThread(people.newbie, first.number, reply()).catch((e: unknown) => e)) as RateLimited;
    expect(refused).toBeInstanceOf(RateLimited);
    expect(refused.message).toMatch(/New accounts can post once every 30 seconds\. Try again in \d+ seconds?\./);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(30);
    // Established accounts are not paced.
    const t = await createThread(people.developer2, thread());
    await replyToThread(people.developer2, t.number, reply());
    await replyToThread(people.developer2, t.number, reply());
  });

  it("lets a new account start 3 threads on its first day, then says when it may start more", async () => {
    await resetLimit(NEW_ACCOUNT_POST_INTERVAL, people.newbie.id);
    const started = await db.forumThread.count({ where: { authorId: people.newbie.id } });
    for (let i = started; i < 3; i++) {
      await createThread(people.newbie, thread());
      await resetLimit(NEW_ACCOUNT_POST_INTERVAL, people.newbie.id);
    }
    const refused = (await createThread(people.newbie, thread()).catch((e: unknown) => e)) as RateLimited;
    expect(refused).toBeInstanceOf(RateLimited);
    expect(refused.message).toMatch(/New accounts can start 3 threads on their first day\. You can start more in (2[34]|\d+) hours?/);
    expect(refused.retryAfterSeconds).toBeGreaterThan(23 * 3600);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(24 * 3600);
  });

  it("lets a new account post 10 replies on its first day", async () => {
    const t = await createThread(people.developer, thread());
    await db.forumPost.createMany({ data: Array.from({ length: 10 }, (_, i) => ({ threadId: t.id, authorId: people.newbie.id, body: `Earlier reply ${i}` })) });
    await resetLimit(NEW_ACCOUNT_POST_INTERVAL, people.newbie.id);
    const refused = (await replyToThread(people.newbie, t.number, reply()).catch((e: unknown) => e)) as RateLimited;
    expect(refused).toBeInstanceOf(RateLimited);
    expect(refused.message).toMatch(/New accounts can post 10 replies on their first day/);
    await expect(replyToThread(people.developer2, t.number, reply())).resolves.toBeTruthy();
  });

  it("limits links for new accounts only, in new posts and in edits", async () => {
    const links = "See https://one.example.com, https://two.example.com and [three](https://three.example.com).";
    const refused = (await createThread(people.newbie, thread({ body: links })).catch((e: unknown) => e)) as RateLimited;
    expect(refused).toBeInstanceOf(RateLimited);
    expect(refused.message).toMatch(/at most 2 links/);
    expect(refused.retryAfterSeconds).toBeGreaterThan(23 * 3600);
    // The same link twice is one link.
    const fresh = await db.user.create({ data: { email: `fresh-${tag}@example.com`, name: "Fresh" }, select: { id: true, email: true, name: true, role: true } });
    const ok = await createThread(fresh, thread({ body: "Docs at https://one.example.com and again [here](https://one.example.com/) plus https://two.example.com" }));
    await expect(editThread(fresh, ok.number, { body: links })).rejects.toBeInstanceOf(RateLimited);
    await expect(createThread(people.developer, thread({ body: links }))).resolves.toBeTruthy();
  });

  it("refuses the same text from the same person within 5 minutes, whoever they are", async () => {
    const t = await createThread(people.developer, thread());
    const body = { body: `Same text twice ${tag}` };
    await replyToThread(people.admin, t.number, body);
    const refused = (await replyToThread(people.admin, t.number, { body: `  same TEXT   twice ${tag} ` }).catch((e: unknown) => e)) as RateLimited;
    expect(refused).toBeInstanceOf(RateLimited);
    expect(refused.message).toMatch(/You posted exactly this a moment ago/);
    expect(refused.retryAfterSeconds).toBeGreaterThan(280);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(300);
    // Someone else may say the same; and after 5 minutes, so may the first person.
    await expect(replyToThread(people.developer2, t.number, body)).resolves.toBeTruthy();
    await db.forumPost.updateMany({ where: { authorId: people.admin.id, body: body.body }, data: { createdAt: new Date(Date.now() - 6 * 60_000) } });
    await expect(replyToThread(people.admin, t.number, body)).resolves.toBeTruthy();
  });
});

describe("editing and deleting", () => {
  it("lets the author edit for 30 minutes with an edited mark, then only staff (audited)", async () => {
    const t = await createThread(people.developer, thread());
    const edited = await editThread(people.developer, t.number, { title: `Edited title ${tag}`, tags: ["edited"] });
    expect(edited).toMatchObject({ title: `Edited title ${tag}`, tags: ["edited"] });
    expect(edited.editedAt).toBeInstanceOf(Date);
    await expect(editThread(people.developer2, t.number, { body: "Someone else's words here." })).rejects.toBeInstanceOf(Forbidden);

    await backdate(t.number, 31);
    const late = (await editThread(people.developer, t.number, { body: "Too late for this change." }).catch((e: unknown) => e)) as Forbidden;
    expect(late).toBeInstanceOf(Forbidden);
    expect(late.message).toMatch(/30 minutes/);
    expect((await getThread(people.developer, t.number)).you.canEdit).toBe(false);
    await editThread(people.triager, t.number, { body: "Moderator fixed the formatting here." });
    expect(await auditCount("forum.thread.edit", t.id)).toBe(1);
    await expect(editThread(people.developer, t.number, {})).rejects.toBeInstanceOf(Forbidden);
  });

  it("applies the same window to replies", async () => {
    const t = await createThread(people.developer, thread());
    const { postId } = await replyToThread(people.developer2, t.number, reply());
    const edited = await editPost(people.developer2, postId, { body: "Better answer: use `limit`." });
    expect(edited.replies[0]).toMatchObject({ body: "Better answer: use `limit`." });
    expect(edited.replies[0]?.editedAt).toBeInstanceOf(Date);
    await expect(editPost(people.developer, postId, { body: "Not mine to change." })).rejects.toBeInstanceOf(Forbidden);
    await db.forumPost.update({ where: { id: postId }, data: { createdAt: new Date(Date.now() - 31 * 60_000) } });
    await expect(editPost(people.developer2, postId, { body: "Too late for this." })).rejects.toBeInstanceOf(Forbidden);
    await expect(deletePost(people.developer2, postId)).rejects.toBeInstanceOf(Forbidden);
    await editPost(people.admin, postId, { body: "Edited by an admin." });
    expect(await auditCount("forum.post.edit", postId)).toBe(1);
  });

  it("lets authors delete a thread nobody else answered within the window, and staff any thread (audited)", async () => {
    const mine = await createThread(people.developer, thread());
    await expect(deleteThread(people.developer2, mine.number)).rejects.toBeInstanceOf(Forbidden);
    await deleteThread(people.developer, mine.number);
    await expect(getThread(people.admin, mine.number)).rejects.toBeInstanceOf(NotFound);

    const answered = await createThread(people.developer, thread());
    await replyToThread(people.developer2, answered.number, reply());
    await expect(deleteThread(people.developer, answered.number)).rejects.toThrow(/Others have replied/);
    await deleteThread(people.security, answered.number);
    expect(await auditCount("forum.thread.delete", answered.id)).toBe(1);
  });
});

describe("votes", () => {
  it("counts one upvote per person, never one's own, and takes it back", async () => {
    const t = await createThread(people.developer, thread());
    const { postId } = await replyToThread(people.developer2, t.number, reply());
    await expect(voteThread(people.developer, t.number, true)).rejects.toBeInstanceOf(Forbidden);
    await expect(votePost(people.developer2, postId, true)).rejects.toBeInstanceOf(Forbidden);
    await expect(voteThread(null, t.number, true)).rejects.toBeInstanceOf(Unauthenticated);
    expect(await voteThread(people.developer2, t.number, true)).toEqual({ upvotes: 1, voted: true });
    expect(await voteThread(people.developer2, t.number, true)).toEqual({ upvotes: 1, voted: true });
    expect(await voteThread(people.partner, t.number, true)).toEqual({ upvotes: 2, voted: true });
    expect(await voteThread(people.developer2, t.number, false)).toEqual({ upvotes: 1, voted: false });
    expect(await voteThread(people.developer2, t.number, false)).toEqual({ upvotes: 1, voted: false });
    expect(await votePost(people.developer, postId, true)).toEqual({ upvotes: 1, voted: true });
    const seen = await getThread(people.developer, t.number);
    expect(seen.replies[0]?.you.voted).toBe(true);
    expect(seen.upvotes).toBe(1);
  });
});

describe("accepted answers", () => {
  it("lets the author or staff accept one reply, replace it, and take it back; others may not", async () => {
    const t = await createThread(people.developer, thread());
    const first = await replyToThread(people.developer2, t.number, reply("First answer"));
    const second = await replyToThread(people.partner, t.number, reply("Second answer"));
    const other = await createThread(people.developer2, thread());
    const foreign = await replyToThread(people.developer, other.number, reply("Elsewhere"));

    await expect(acceptAnswer(people.developer2, t.number, first.postId)).rejects.toBeInstanceOf(Forbidden);
    await expect(acceptAnswer(people.developer, t.number, foreign.postId)).rejects.toBeInstanceOf(NotFound);
    const accepted = await acceptAnswer(people.developer, t.number, first.postId);
    expect(accepted.acceptedPostId).toBe(first.postId);
    expect(await db.notification.count({ where: { userId: people.developer2.id, kind: "forum_accepted", url: `/forum/t/${t.number}#post-${first.postId}` } })).toBe(1);
    expect(accepted.replies.map((r) => r.accepted)).toEqual([true, false]);
    expect(accepted.hasAcceptedAnswer).toBe(true);
    expect(await auditCount("forum.answer.accept", t.id)).toBe(0);

    const replaced = await acceptAnswer(people.triager, t.number, second.postId);
    expect(replaced.replies.map((r) => r.accepted)).toEqual([false, true]);
    expect(await auditCount("forum.answer.accept", t.id)).toBe(1);
    expect((await unacceptAnswer(people.developer, t.number)).acceptedPostId).toBeNull();
    await expect(unacceptAnswer(people.developer2, t.number)).rejects.toBeInstanceOf(Forbidden);

    // Deleting the accepted reply clears the acceptance.
    await acceptAnswer(people.developer, t.number, second.postId);
    await deletePost(people.admin, second.postId);
    expect((await getThread(people.developer, t.number)).acceptedPostId).toBeNull();
  });
});

describe("moderation", () => {
  it("lets staff pin, lock, hide and move, audits each action, and refuses everyone else", async () => {
    const t = await createThread(people.developer, thread({ title: `Moderated walrus ${tag}` }));
    await expect(moderateThread(people.developer, t.number, { pinned: true })).rejects.toBeInstanceOf(Forbidden);
    await expect(moderateThread(people.developer2, t.number, { locked: true })).rejects.toBeInstanceOf(Forbidden);
    await expect(moderateThread(null, t.number, { locked: true })).rejects.toBeInstanceOf(Unauthenticated);

    await moderateThread(people.triager, t.number, { pinned: true, locked: true });
    expect(await auditCount("forum.thread.pin", t.id)).toBe(1);
    expect(await auditCount("forum.thread.lock", t.id)).toBe(1);
    // Setting the same state again records nothing.
    await moderateThread(people.triager, t.number, { pinned: true });
    expect(await auditCount("forum.thread.pin", t.id)).toBe(1);

    const locked = (await replyToThread(people.developer2, t.number, reply()).catch((e: unknown) => e)) as Conflict;
    expect(locked).toBeInstanceOf(Conflict);
    expect(locked.message).toMatch(/locked/);
    await expect(replyToThread(people.admin, t.number, reply("Staff may still reply"))).resolves.toBeTruthy();

    const moved = await moderateThread(people.admin, t.number, { category: "general" });
    expect(moved.category.slug).toBe("general");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "forum.thread.move", targetId: t.id } });
    expect(audit.data).toMatchObject({ from: api, to: "general" });
    const wrong = (await moderateThread(people.admin, t.number, { category: "no-such-category" }).catch((e: unknown) => e)) as Invalid;
    expect(wrong.fieldErrors.category).toBeDefined();

    await moderateThread(people.security, t.number, { hidden: true });
    expect(await auditCount("forum.thread.hide", t.id)).toBe(1);
    await expect(getThread(people.developer2, t.number)).rejects.toBeInstanceOf(NotFound);
    await expect(getThread(null, t.number)).rejects.toBeInstanceOf(NotFound);
    // Its author and staff still see it, marked hidden; others do not find it in lists or search.
    expect((await getThread(people.developer, t.number)).hidden).toBe(true);
    expect((await getThread(people.triager, t.number)).hidden).toBe(true);
    expect((await listThreads(people.developer2, { category: "general" })).threads.map((x) => x.number)).not.toContain(t.number);
    expect((await listThreads(people.developer, { category: "general" })).threads.map((x) => x.number)).toContain(t.number);
    expect((await searchForum(null, `walrus ${tag}`)).map((r) => r.number)).not.toContain(t.number);
    expect((await searchForum(people.developer2, `walrus ${tag}`)).map((r) => r.number)).not.toContain(t.number);
    expect((await searchForum(people.developer, `walrus ${tag}`)).map((r) => r.number)).toContain(t.number);
    expect((await searchForum(people.admin, `walrus ${tag}`)).map((r) => r.number)).toContain(t.number);
  });

  it("hides a reply from everyone but staff and its author, and recounts the thread", async () => {
    const t = await createThread(people.developer, thread());
    const { postId } = await replyToThread(people.developer2, t.number, reply("Buy cheap watches"));
    await expect(moderatePost(people.developer, postId, { hidden: true })).rejects.toBeInstanceOf(Forbidden);
    const hidden = await moderatePost(people.triager, postId, { hidden: true });
    expect(hidden.replies[0]).toMatchObject({ id: postId, hidden: true });
    expect(hidden).toMatchObject({ replyCount: 0, answered: false });
    expect(await auditCount("forum.post.hide", postId)).toBe(1);
    expect((await getThread(people.developer, t.number)).replies).toEqual([]);
    expect((await getThread(null, t.number)).replies).toEqual([]);
    expect((await getThread(people.developer2, t.number)).replies[0]).toMatchObject({ hidden: true });
    await expect(votePost(people.partner, postId, true)).rejects.toBeInstanceOf(NotFound);
    await expect(acceptAnswer(people.developer, t.number, postId)).rejects.toBeInstanceOf(NotFound);
    await moderatePost(people.triager, postId, { hidden: false });
    expect(await auditCount("forum.post.unhide", postId)).toBe(1);
    expect((await getThread(people.developer, t.number)).replyCount).toBe(1);
  });
});

describe("flags", () => {
  it("takes one flag per person per post, never on one's own post, for staff to review and resolve (audited)", async () => {
    const t = await createThread(people.developer, thread());
    const { postId } = await replyToThread(people.developer2, t.number, reply());
    await expect(flagThread(null, t.number, { reason: "spam" })).rejects.toBeInstanceOf(Unauthenticated);
    await expect(flagThread(people.developer, t.number, { reason: "spam" })).rejects.toBeInstanceOf(Forbidden);
    await expect(flagPost(people.developer2, postId, { reason: "spam" })).rejects.toBeInstanceOf(Forbidden);
    const noNote = (await flagPost(people.developer, postId, { reason: "other" }).catch((e: unknown) => e)) as Invalid;
    expect(noNote.fieldErrors.note).toBeDefined();
    const bad = (await flagPost(people.developer, postId, { reason: "boring" }).catch((e: unknown) => e)) as Invalid;
    expect(bad.fieldErrors.reason).toBeDefined();

    const flag = await flagPost(people.developer, postId, { reason: "other", note: "Pasted an API key" });
    await expect(flagPost(people.developer, postId, { reason: "spam" })).rejects.toBeInstanceOf(Conflict);
    await flagThread(people.partner, t.number, { reason: "off-topic" });

    await expect(listFlags(people.developer)).rejects.toBeInstanceOf(NotFound);
    const open = await listFlags(people.triager);
    const mine = open.flags.find((f) => f.id === flag.id);
    expect(mine).toMatchObject({ reason: "other: Pasted an API key", resolvedAt: null, target: { kind: "reply", number: t.number, postId } });
    expect(open.flags.some((f) => f.target.kind === "thread" && f.target.number === t.number)).toBe(true);

    await expect(resolveFlag(people.developer, flag.id, { resolved: true })).rejects.toBeInstanceOf(NotFound);
    const resolved = await resolveFlag(people.triager, flag.id, { resolved: true });
    expect(resolved.resolvedAt).toBeInstanceOf(Date);
    expect(await auditCount("forum.flag.resolve", flag.id)).toBe(1);
    expect((await listFlags(people.triager)).flags.map((f) => f.id)).not.toContain(flag.id);
    expect((await listFlags(people.triager, { status: "resolved" })).flags.map((f) => f.id)).toContain(flag.id);
    await expect(resolveFlag(people.triager, "c0000000000000000000000000", { resolved: true })).rejects.toBeInstanceOf(NotFound);
  });
});

describe("lists", () => {
  const listTag = `list-${tag}`;

  it("pages through 20 threads at a time with the total, newest activity first", async () => {
    const category = await db.forumCategory.findUniqueOrThrow({ where: { slug: api } });
    const base = Date.now() - 10 * DAY;
    await db.forumThread.createMany({
      data: Array.from({ length: 45 }, (_, i) => ({
        categoryId: category.id,
        authorId: people.developer2.id,
        title: `Paged thread ${i}`,
        body: "Body of a paged thread.",
        tags: [listTag],
        createdAt: new Date(base + i * 60_000),
        lastPostAt: new Date(base + i * 60_000),
      })),
    });
    const pages = await Promise.all([1, 2, 3].map((page) => listThreads(null, { tag: listTag, page })));
    expect(pages.map((p) => p.threads.length)).toEqual([THREADS_PER_PAGE, THREADS_PER_PAGE, 5]);
    expect(pages[0]).toMatchObject({ total: 45, pageCount: 3, page: 1 });
    const titles = pages.flatMap((p) => p.threads.map((t) => t.title));
    expect(new Set(titles).size).toBe(45);
    expect(titles[0]).toBe("Paged thread 44");
    expect(titles.at(-1)).toBe("Paged thread 0");
    expect((await listThreads(null, { tag: listTag, page: 4 })).threads).toEqual([]);
    const bad = (await listThreads(null, { page: "0", sort: "hot" }).catch((e: unknown) => e)) as Invalid;
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["page", "sort"]);
  });

  it("shows pinned threads first in their category, top threads by upvotes, and unanswered ones", async () => {
    const pinned = await db.forumThread.findFirstOrThrow({ where: { tags: { has: listTag }, title: "Paged thread 3" } });
    await moderateThread(people.admin, pinned.number, { pinned: true });
    const inCategory = await listThreads(null, { category: api, tag: listTag });
    expect(inCategory.threads[0]?.number).toBe(pinned.number);
    expect((await listThreads(null, { tag: listTag })).threads[0]?.title).toBe("Paged thread 44");

    await db.forumThread.updateMany({ where: { tags: { has: listTag }, title: "Paged thread 7" }, data: { upvotes: 9 } });
    await db.forumThread.updateMany({ where: { tags: { has: listTag }, title: "Paged thread 8" }, data: { upvotes: 4 } });
    const top = await listThreads(null, { tag: listTag, sort: "top" });
    expect(top.threads.slice(0, 2).map((t) => t.title)).toEqual(["Paged thread 7", "Paged thread 8"]);
    expect((await listThreads(null, { tag: listTag, sort: "top", period: "week" })).total).toBe(0);

    const answered = await db.forumThread.findFirstOrThrow({ where: { tags: { has: listTag }, title: "Paged thread 5" } });
    await replyToThread(people.partner, answered.number, reply());
    const unanswered = await listThreads(null, { tag: listTag, sort: "unanswered" });
    expect(unanswered.total).toBe(44);
    expect((await listThreads(null, { tag: listTag, sort: "unanswered", page: 3 })).threads.map((t) => t.number)).not.toContain(answered.number);
  });

  it("lists an operation's threads across versions, and the same on its docs page without hidden ones", async () => {
    const v1 = await createThread(people.developer, thread({ api, version: "v1", operation: "findPetsByStatus", tags: [`op-${tag}`] }));
    const v2 = await createThread(people.developer2, thread({ api, version: "v2", operation: "findPetsByStatus" }));
    const hidden = await createThread(people.partner, thread({ api, version: "v2", operation: "findPetsByStatus" }));
    await moderateThread(people.admin, hidden.number, { hidden: true });
    await createThread(people.developer, thread({ api, version: "v2", operation: "getPetById" }));

    const all = await listThreads(null, { api, operation: "findPetsByStatus" });
    expect(all.threads.map((t) => t.number)).toEqual([v2.number, v1.number]);
    expect((await listThreads(null, { api, version: "v1", operation: "findPetsByStatus" })).threads.map((t) => t.number)).toEqual([v1.number]);
    expect((await listThreads(people.admin, { api, operation: "findPetsByStatus" })).total).toBe(3);
    expect((await listThreads(null, { tag: `op-${tag}` })).threads.map((t) => t.number)).toEqual([v1.number]);

    const related = await listRelatedThreads({ api: { slug: api, visibility: "public" }, operation: "findPetsByStatus" }, 5);
    expect(related.total).toBe(2);
    expect(related.threads.map((t) => t.link?.version)).toEqual(["v2", "v1"]);
    const partnerRelated = await listRelatedThreads({ api: { slug: partnerApi, visibility: "partner" }, operation: "getPetById" }, 5);
    expect(partnerRelated.threads.map((t) => t.title)).toEqual([`Harbor quota zeppelin ${tag}`]);
  });
});

describe("search", () => {
  it("finds threads by stemmed words in title and body, best first, with a plain-text excerpt and URL", async () => {
    const t = await createThread(people.developer, thread({ title: `Webhook retries quixotic ${tag}`, body: "Our **webhooks** are retried five times with `backoff`." }));
    await createThread(people.developer2, thread({ title: `Something else ${tag}`, body: `A quixotic mention of retrying ${tag}` }));
    const results = await searchForum(null, `quixotic retry ${tag}`);
    expect(results[0]).toMatchObject({ kind: "thread", number: t.number, title: `Webhook retries quixotic ${tag}`, url: `/forum/t/${t.number}`, category: { slug: api } });
    expect(results[0]?.excerpt).toBe("Our webhooks are retried five times with backoff.");
    expect(results).toHaveLength(2);
    expect(await searchForum(null, "   ")).toEqual([]);
    expect(await searchForum(null, `"unbalanced quote ${tag}`)).toEqual([]);
  });
});

describe("promoteUnansweredThreads", () => {
  it("puts threads unanswered past the threshold into the triage queue once", async () => {
    const old = await createThread(people.developer, thread({ title: `Nobody answers me ${tag}`, api, version: "v1", operation: "getPetById" }));
    const answered = await createThread(people.developer, thread());
    await replyToThread(people.developer2, answered.number, reply());
    const locked = await createThread(people.developer, thread());
    await moderateThread(people.admin, locked.number, { locked: true });
    const staffOnly = await createThread(people.admin, thread({ category: staffApi }));
    const recent = await createThread(people.developer, thread());
    // Older than anything else in the shared test database, so a 99-day threshold sees only these.
    for (const t of [old, answered, locked, staffOnly]) await backdate(t.number, 100 * 24 * 60);

    const threshold = 99 * 24;
    expect(await promoteUnansweredThreads(new Date(), threshold)).toEqual({ created: 2 });
    const items = await db.triageItem.findMany({ where: { threadId: { in: [old.id, answered.id, locked.id, staffOnly.id, recent.id] } } });
    expect(items.map((i) => i.threadId).sort()).toEqual([old.id, staffOnly.id].sort());
    expect(items.find((i) => i.threadId === old.id)).toMatchObject({ kind: "thread", title: `Unanswered: Nobody answers me ${tag}`, visibility: "public", versionLabel: "v1", operationSlug: "getPetById" });
    expect(items.find((i) => i.threadId === staffOnly.id)).toMatchObject({ visibility: "private" });

    expect(await promoteUnansweredThreads(new Date(), threshold)).toEqual({ created: 0 });
    expect(await db.triageItem.count({ where: { threadId: old.id } })).toBe(1);
    // A shorter threshold reaches the recent one too.
    await promoteUnansweredThreads(new Date(Date.now() + 2 * 3_600_000), 1);
    expect(await db.triageItem.count({ where: { threadId: recent.id } })).toBe(1);
  });
});
