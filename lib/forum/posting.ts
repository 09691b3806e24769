import "server-only";
import type { z } from "zod";
import { db, type Tx } from "../db";
import { Conflict, Forbidden, Invalid } from "../errors";
import { requireSignedIn, type Actor } from "../auth/authorize";
import { recordAudit } from "../audit/record";
import { notify } from "../notify/notify";
import { visibleTo } from "../catalog/visibility";
import { fieldErrorsOf } from "../validation";
import { isStaff, readableCategoryWhere, withinEditWindow } from "./access";
import { checkEditedText, checkNewPost } from "./abuse";
import { EDIT_WINDOW_MINUTES } from "./limits";
import { forumHref } from "./links";
import { plainText } from "./markdown-text";
import { postEditSchema, replyInputSchema, threadEditSchema, threadInputSchema } from "./schemas";
import { refreshDocsPages } from "../catalog/docs-cache";
import { afterThreadChange, findReadablePost, findReadableThread, getThread, type ThreadDetail } from "./threads";
import { truncateText } from "../http/unstorable-text";

// Writing in the forum: threads, replies, edits and deletions by their authors (and staff).

const invalid = (error: z.ZodError) => new Invalid("Check the highlighted fields.", fieldErrorsOf(error));

/** Recomputes a thread's reply count, last activity and "answered" time from its visible replies. */
export async function refreshThreadStats(tx: Tx, threadId: string): Promise<void> {
  const thread = await tx.forumThread.findUniqueOrThrow({ where: { id: threadId }, select: { authorId: true, createdAt: true } });
  const replies = await tx.forumPost.aggregate({ where: { threadId, hidden: false }, _count: { _all: true }, _max: { createdAt: true } });
  const others = await tx.forumPost.aggregate({ where: { threadId, hidden: false, authorId: { not: thread.authorId } }, _min: { createdAt: true } });
  await tx.forumThread.update({
    where: { id: threadId },
    data: { replyCount: replies._count._all, lastPostAt: replies._max.createdAt ?? thread.createdAt, answeredAt: others._min.createdAt ?? null },
  });
}

/** Resolves the optional operation link and the category of a new thread. */
async function placeThread(actor: Actor, input: { category?: string; api?: string; version?: string; operation?: string }) {
  let link: { apiId: string; versionLabel: string | null; operationSlug: string | null } | null = null;
  if (input.api) {
    const api = await db.api.findFirst({ where: { slug: input.api, visibility: { in: visibleTo(actor) } }, select: { id: true } });
    if (!api) throw new Invalid("There is no API with this name.", { api: ["No API with this name."] });
    if (input.version) {
      const version = await db.apiVersion.findUnique({ where: { apiId_label: { apiId: api.id, label: input.version } }, select: { id: true } });
      if (!version) throw new Invalid("This API has no such version.", { version: [`No version "${input.version}".`] });
      if (input.operation) {
        const operation = await db.operation.findUnique({ where: { versionId_slug: { versionId: version.id, slug: input.operation } }, select: { id: true } });
        if (!operation) throw new Invalid("This version has no such operation.", { operation: [`No operation "${input.operation}" in ${input.version}.`] });
      }
    } else if (input.operation) {
      throw new Invalid("Name the version of the operation.", { version: ["Give the version when you name an operation."] });
    }
    link = { apiId: api.id, versionLabel: input.version ?? null, operationSlug: input.operation ?? null };
  } else if (input.version || input.operation) {
    throw new Invalid("Name the API of the operation.", { api: ["Give the API when you name a version or operation."] });
  }

  const visible = readableCategoryWhere(visibleTo(actor));
  const category = input.category
    ? await db.forumCategory.findFirst({ where: { slug: input.category, ...visible }, select: { id: true, apiId: true, name: true } })
    : await db.forumCategory.findFirst({ where: link ? { apiId: link.apiId } : { slug: "general", apiId: null }, select: { id: true, apiId: true, name: true } });
  if (!category) throw new Invalid("There is no such category.", { category: ["No category with this name."] });
  // A thread about an API belongs in that API's category or in General, where its readers look.
  if (link && category.apiId && category.apiId !== link.apiId) {
    throw new Invalid("Post a thread about this API in its own category or in General.", { category: [`${category.name} is about another API.`] });
  }
  return { link, categoryId: category.id };
}

/** Starts a thread (signed in); optional tags and link to an API, version or operation. */
export async function createThread(actor: Actor | null, input: unknown): Promise<ThreadDetail> {
  const author = requireSignedIn(actor);
  const parsed = threadInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const data = parsed.data;
  const { link, categoryId } = await placeThread(author, data);
  await checkNewPost(author, "thread", data.body);
  const thread = await db.forumThread.create({
    data: {
      categoryId,
      authorId: author.id,
      title: data.title,
      body: data.body,
      tags: data.tags,
      apiId: link?.apiId ?? null,
      versionLabel: link?.versionLabel ?? null,
      operationSlug: link?.operationSlug ?? null,
    },
    select: { number: true },
  });
  return afterThreadChange(await getThread(author, thread.number));
}

/** Replies to a thread the author may read; locked and hidden threads take replies from staff only. */
export async function replyToThread(actor: Actor | null, number: number, input: unknown): Promise<{ thread: ThreadDetail; postId: string }> {
  const author = requireSignedIn(actor);
  const thread = await findReadableThread(author, number);
  if (thread.locked && !isStaff(author)) throw new Conflict("This thread is locked: it takes no new replies.");
  if (thread.hidden && !isStaff(author)) throw new Conflict("This thread is hidden by the moderators: it takes no new replies.");
  const parsed = replyInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  await checkNewPost(author, "reply", parsed.data.body);
  const post = await db.$transaction(async (tx) => {
    const created = await tx.forumPost.create({ data: { threadId: thread.id, authorId: author.id, body: parsed.data.body }, select: { id: true } });
    await refreshThreadStats(tx, thread.id);
    // The thread's author hears about replies (never about his own).
    await notify(tx, {
      userIds: [thread.authorId],
      kind: "forum_reply",
      title: `${author.name?.trim() || "A member"} replied to “${thread.title}”`,
      body: plainText(parsed.data.body),
      url: forumHref.reply(thread.number, created.id),
      actorId: author.id,
      email: { actionLabel: "Read the reply" },
    });
    return created;
  });
  return { thread: afterThreadChange(await getThread(author, number)), postId: post.id };
}

/** Authors edit within the edit window; staff at any time, and that edit is audited. */
function mayEdit(actor: Actor, authorId: string, createdAt: Date, what: string): { audited: boolean } {
  if (actor.id === authorId && withinEditWindow(createdAt)) return { audited: false };
  if (isStaff(actor)) return { audited: true };
  if (actor.id === authorId) throw new Forbidden(`You can edit your ${what} for ${EDIT_WINDOW_MINUTES} minutes after posting. Add a reply instead.`);
  throw new Forbidden(`Only its author can edit this ${what}.`);
}

export async function editThread(actor: Actor | null, number: number, input: unknown, context: { ip?: string | null } = {}): Promise<ThreadDetail> {
  const editor = requireSignedIn(actor);
  const thread = await findReadableThread(editor, number);
  const { audited } = mayEdit(editor, thread.authorId, thread.createdAt, "thread");
  const parsed = threadEditSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  if (parsed.data.body !== undefined) await checkEditedText(editor, parsed.data.body);
  await db.$transaction(async (tx) => {
    await tx.forumThread.update({ where: { id: thread.id }, data: { ...parsed.data, editedAt: new Date() } });
    if (audited) {
      await recordAudit(tx, { actor: editor, action: "forum.thread.edit", target: { type: "forum_thread", id: thread.id }, data: { number, fields: Object.keys(parsed.data) }, ip: context.ip });
    }
  });
  return afterThreadChange(await getThread(editor, number));
}

export async function editPost(actor: Actor | null, postId: string, input: unknown, context: { ip?: string | null } = {}): Promise<ThreadDetail> {
  const editor = requireSignedIn(actor);
  const post = await findReadablePost(editor, postId);
  const { audited } = mayEdit(editor, post.authorId, post.createdAt, "reply");
  const parsed = postEditSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  await checkEditedText(editor, parsed.data.body);
  await db.$transaction(async (tx) => {
    await tx.forumPost.update({ where: { id: post.id }, data: { body: parsed.data.body, editedAt: new Date() } });
    if (audited) {
      await recordAudit(tx, { actor: editor, action: "forum.post.edit", target: { type: "forum_post", id: post.id }, data: { thread: post.thread.number }, ip: context.ip });
    }
  });
  return getThread(editor, post.thread.number);
}

/**
 * Deletes a thread with its replies. Staff at any time (audited); the author within the edit
 * window while nobody else has replied (their replies are not the author's to remove).
 */
export async function deleteThread(actor: Actor | null, number: number, context: { ip?: string | null } = {}): Promise<void> {
  const deleter = requireSignedIn(actor);
  const thread = await findReadableThread(deleter, number);
  if (!isStaff(deleter)) {
    if (deleter.id !== thread.authorId) throw new Forbidden("Only its author or staff can delete this thread.");
    if (!withinEditWindow(thread.createdAt)) throw new Forbidden(`You can delete your thread for ${EDIT_WINDOW_MINUTES} minutes after posting. Ask staff if it must go.`);
    const others = await db.forumPost.count({ where: { threadId: thread.id, authorId: { not: thread.authorId } } });
    if (others > 0) throw new Forbidden("Others have replied to this thread, so it stays. Edit it instead, or ask staff.");
  }
  const linked = await db.forumThread.count({ where: { id: thread.id, apiId: { not: null } } });
  await db.$transaction(async (tx) => {
    await tx.forumThread.delete({ where: { id: thread.id } });
    if (isStaff(deleter)) {
      await recordAudit(tx, {
        actor: deleter,
        action: "forum.thread.delete",
        target: { type: "forum_thread", id: thread.id },
        data: { number, title: thread.title, authorId: thread.authorId },
        ip: context.ip,
      });
    }
  });
  if (linked) refreshDocsPages();
}

/** Deletes a reply: its author within the edit window, staff at any time (audited). */
export async function deletePost(actor: Actor | null, postId: string, context: { ip?: string | null } = {}): Promise<ThreadDetail> {
  const deleter = requireSignedIn(actor);
  const post = await findReadablePost(deleter, postId);
  if (!isStaff(deleter)) {
    if (deleter.id !== post.authorId) throw new Forbidden("Only its author or staff can delete this reply.");
    if (!withinEditWindow(post.createdAt)) throw new Forbidden(`You can delete your reply for ${EDIT_WINDOW_MINUTES} minutes after posting.`);
  }
  await db.$transaction(async (tx) => {
    await tx.forumPost.delete({ where: { id: post.id } });
    // The accepted answer is a plain column: clear it with its reply.
    await tx.forumThread.updateMany({ where: { id: post.threadId, acceptedPostId: post.id }, data: { acceptedPostId: null } });
    await refreshThreadStats(tx, post.threadId);
    if (isStaff(deleter)) {
      await recordAudit(tx, {
        actor: deleter,
        action: "forum.post.delete",
        target: { type: "forum_post", id: post.id },
        data: { thread: post.thread.number, authorId: post.authorId, excerpt: truncateText(post.body, 200) },
        ip: context.ip,
      });
    }
  });
  return getThread(deleter, post.thread.number);
}
