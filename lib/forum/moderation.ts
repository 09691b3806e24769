import "server-only";
import { db } from "../db";
import { Forbidden, Invalid } from "../errors";
import { requireSignedIn, type Actor } from "../auth/authorize";
import { recordAudit } from "../audit/record";
import { fieldErrorsOf } from "../validation";
import { isStaff } from "./access";
import { refreshThreadStats } from "./posting";
import { postModerationSchema, threadModerationSchema } from "./schemas";
import { afterThreadChange, findReadablePost, findReadableThread, getThread, type ThreadDetail } from "./threads";

// Staff moderation: pin, lock, hide and move threads, hide replies. Every change is audited.
// People who may read the thread but are not staff get 403; those who may not read it, 404.

function requireModerator(actor: Actor | null): Actor {
  const moderator = requireSignedIn(actor);
  if (!isStaff(moderator)) throw new Forbidden("Only staff can moderate the forum.");
  return moderator;
}

export async function moderateThread(actor: Actor | null, number: number, input: unknown, context: { ip?: string | null } = {}): Promise<ThreadDetail> {
  const signedIn = requireSignedIn(actor);
  const thread = await findReadableThread(signedIn, number);
  const moderator = requireModerator(signedIn);
  const parsed = threadModerationSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the moderation request.", fieldErrorsOf(parsed.error));
  const { pinned, locked, hidden, category } = parsed.data;
  const current = await db.forumThread.findUniqueOrThrow({
    where: { id: thread.id },
    select: { pinned: true, locked: true, hidden: true, apiId: true, category: { select: { id: true, slug: true } } },
  });

  let target: { id: string; slug: string } | null = null;
  if (category !== undefined && category !== current.category.slug) {
    const found = await db.forumCategory.findUnique({ where: { slug: category }, select: { id: true, slug: true, apiId: true, name: true } });
    if (!found) throw new Invalid("There is no such category.", { category: ["No category with this name."] });
    if (found.apiId && current.apiId && found.apiId !== current.apiId) {
      throw new Invalid("This thread is about another API.", { category: [`Move it to General or to its own API's category, not ${found.name}.`] });
    }
    target = found;
  }

  const changes: { action: string; data: Record<string, string | number | boolean> }[] = [];
  if (pinned !== undefined && pinned !== current.pinned) changes.push({ action: pinned ? "forum.thread.pin" : "forum.thread.unpin", data: {} });
  if (locked !== undefined && locked !== current.locked) changes.push({ action: locked ? "forum.thread.lock" : "forum.thread.unlock", data: {} });
  if (hidden !== undefined && hidden !== current.hidden) changes.push({ action: hidden ? "forum.thread.hide" : "forum.thread.unhide", data: {} });
  if (target) changes.push({ action: "forum.thread.move", data: { from: current.category.slug, to: target.slug } });
  if (changes.length > 0) {
    await db.$transaction(async (tx) => {
      await tx.forumThread.update({
        where: { id: thread.id },
        data: { ...(pinned !== undefined ? { pinned } : {}), ...(locked !== undefined ? { locked } : {}), ...(hidden !== undefined ? { hidden } : {}), ...(target ? { categoryId: target.id } : {}) },
      });
      for (const change of changes) {
        await recordAudit(tx, { actor: moderator, action: change.action, target: { type: "forum_thread", id: thread.id }, data: { number, title: thread.title, ...change.data }, ip: context.ip });
      }
    });
  }
  return afterThreadChange(await getThread(moderator, number));
}

export async function moderatePost(actor: Actor | null, postId: string, input: unknown, context: { ip?: string | null } = {}): Promise<ThreadDetail> {
  const signedIn = requireSignedIn(actor);
  const post = await findReadablePost(signedIn, postId);
  const moderator = requireModerator(signedIn);
  const parsed = postModerationSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the moderation request.", fieldErrorsOf(parsed.error));
  if (parsed.data.hidden !== post.hidden) {
    await db.$transaction(async (tx) => {
      await tx.forumPost.update({ where: { id: post.id }, data: { hidden: parsed.data.hidden } });
      await refreshThreadStats(tx, post.threadId);
      await recordAudit(tx, {
        actor: moderator,
        action: parsed.data.hidden ? "forum.post.hide" : "forum.post.unhide",
        target: { type: "forum_post", id: post.id },
        data: { thread: post.thread.number },
        ip: context.ip,
      });
    });
  }
  return getThread(moderator, post.thread.number);
}
