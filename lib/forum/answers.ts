import "server-only";
import { db } from "../db";
import { Forbidden, NotFound } from "../errors";
import { requireSignedIn, type Actor } from "../auth/authorize";
import { recordAudit } from "../audit/record";
import { notify } from "../notify/notify";
import { isStaff } from "./access";
import { forumHref } from "./links";
import { afterThreadChange, findReadableThread, getThread, type ThreadDetail } from "./threads";

// The accepted answer: one reply per thread, chosen by the thread's author or by staff (whose
// choice on someone else's thread is audited). Accepting another reply replaces the first.

function mayAccept(actor: Actor, thread: { authorId: string }): { audited: boolean } {
  if (actor.id === thread.authorId) return { audited: false };
  if (isStaff(actor)) return { audited: true };
  throw new Forbidden("Only the person who asked, or staff, can accept an answer.");
}

export async function acceptAnswer(actor: Actor | null, number: number, postId: string, context: { ip?: string | null } = {}): Promise<ThreadDetail> {
  const accepter = requireSignedIn(actor);
  const thread = await findReadableThread(accepter, number);
  const { audited } = mayAccept(accepter, thread);
  const post = await db.forumPost.findFirst({ where: { id: postId, threadId: thread.id, hidden: false }, select: { id: true, authorId: true } });
  if (!post) throw new NotFound("This thread has no such reply.");
  if (thread.acceptedPostId !== post.id) {
    await db.$transaction(async (tx) => {
      await tx.forumThread.update({ where: { id: thread.id }, data: { acceptedPostId: post.id } });
      await notify(tx, {
        userIds: [post.authorId],
        kind: "forum_accepted",
        title: `Your answer to “${thread.title}” was accepted`,
        url: forumHref.reply(number, post.id),
        actorId: accepter.id,
        email: { actionLabel: "See the thread" },
      });
      if (audited) {
        await recordAudit(tx, { actor: accepter, action: "forum.answer.accept", target: { type: "forum_thread", id: thread.id }, data: { number, postId: post.id, previous: thread.acceptedPostId }, ip: context.ip });
      }
    });
  }
  return afterThreadChange(await getThread(accepter, number));
}

export async function unacceptAnswer(actor: Actor | null, number: number, context: { ip?: string | null } = {}): Promise<ThreadDetail> {
  const accepter = requireSignedIn(actor);
  const thread = await findReadableThread(accepter, number);
  const { audited } = mayAccept(accepter, thread);
  if (thread.acceptedPostId) {
    await db.$transaction(async (tx) => {
      await tx.forumThread.update({ where: { id: thread.id }, data: { acceptedPostId: null } });
      if (audited) {
        await recordAudit(tx, { actor: accepter, action: "forum.answer.unaccept", target: { type: "forum_thread", id: thread.id }, data: { number, postId: thread.acceptedPostId }, ip: context.ip });
      }
    });
  }
  return afterThreadChange(await getThread(accepter, number));
}
