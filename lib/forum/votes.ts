import "server-only";
import { db } from "../db";
import { Forbidden } from "../errors";
import { requireSignedIn, type Actor } from "../auth/authorize";
import { consume } from "../rate-limit/limiter";
import { VOTES_PER_HOUR } from "./limits";
import { findReadablePost, findReadableThread } from "./threads";

// Upvotes: one per person per post, never on one's own post. Voting again changes nothing,
// and so does removing a vote that is not there; the counters move only with the rows.

export type VoteState = { upvotes: number; voted: boolean };

export async function voteThread(actor: Actor | null, number: number, up: boolean): Promise<VoteState> {
  const voter = requireSignedIn(actor);
  const thread = await findReadableThread(voter, number);
  if (thread.authorId === voter.id) throw new Forbidden("You cannot vote for your own thread.");
  await consume(VOTES_PER_HOUR, voter.id);
  return db.$transaction(async (tx) => {
    const changed = up
      ? (await tx.forumVote.createMany({ data: [{ userId: voter.id, threadId: thread.id }], skipDuplicates: true })).count
      : (await tx.forumVote.deleteMany({ where: { userId: voter.id, threadId: thread.id } })).count;
    const { upvotes } = changed
      ? await tx.forumThread.update({ where: { id: thread.id }, data: { upvotes: { increment: up ? changed : -changed } }, select: { upvotes: true } })
      : await tx.forumThread.findUniqueOrThrow({ where: { id: thread.id }, select: { upvotes: true } });
    return { upvotes, voted: up };
  });
}

export async function votePost(actor: Actor | null, postId: string, up: boolean): Promise<VoteState> {
  const voter = requireSignedIn(actor);
  const post = await findReadablePost(voter, postId);
  if (post.authorId === voter.id) throw new Forbidden("You cannot vote for your own reply.");
  await consume(VOTES_PER_HOUR, voter.id);
  return db.$transaction(async (tx) => {
    const changed = up
      ? (await tx.forumVote.createMany({ data: [{ userId: voter.id, postId: post.id }], skipDuplicates: true })).count
      : (await tx.forumVote.deleteMany({ where: { userId: voter.id, postId: post.id } })).count;
    const { upvotes } = changed
      ? await tx.forumPost.update({ where: { id: post.id }, data: { upvotes: { increment: up ? changed : -changed } }, select: { upvotes: true } })
      : await tx.forumPost.findUniqueOrThrow({ where: { id: post.id }, select: { upvotes: true } });
    return { upvotes, voted: up };
  });
}
