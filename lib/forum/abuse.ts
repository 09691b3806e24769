import "server-only";
import { db } from "../db";
import { RateLimited, describeWait } from "../errors";
import type { Actor } from "../auth/authorize";
import { consume } from "../rate-limit/limiter";
import { isStaff } from "./access";
import {
  DUPLICATE_POST_WINDOW_SECONDS,
  NEW_ACCOUNT_HOURS,
  NEW_ACCOUNT_MAX_LINKS,
  NEW_ACCOUNT_POST_INTERVAL,
  NEW_ACCOUNT_REPLIES_FIRST_DAY,
  NEW_ACCOUNT_THREADS_FIRST_DAY,
  REPLIES_PER_HOUR,
  THREADS_PER_HOUR,
} from "./limits";
import { countLinks, sameText } from "./markdown-text";

// Abuse limits on posting, in the spirit of Discourse's defaults. Rules about content (duplicates,
// links, what a new account posted on its first day) are answered from the database; the pace of
// posting uses the shared rate limiter. Every refusal is a RateLimited error: 429 + Retry-After.

type Kind = "thread" | "reply";

/** Seconds until a new account stops being new; 0 for established accounts and staff. */
async function secondsUntilEstablished(author: Actor, now: Date): Promise<{ createdAt: Date; seconds: number }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: author.id }, select: { createdAt: true } });
  if (isStaff(author)) return { createdAt: user.createdAt, seconds: 0 };
  const established = user.createdAt.getTime() + NEW_ACCOUNT_HOURS * 3_600_000;
  return { createdAt: user.createdAt, seconds: Math.max(0, Math.ceil((established - now.getTime()) / 1000)) };
}

function linkLimit(seconds: number): RateLimited {
  return new RateLimited(
    `New accounts can include at most ${NEW_ACCOUNT_MAX_LINKS} links in a post. Remove some links, or post them in ${describeWait(seconds)}, when your account is a day old.`,
    seconds,
  );
}

/** Refuses a post before it is saved; counts it against the pace limits when it passes. */
export async function checkNewPost(author: Actor, kind: Kind, body: string, now = new Date()): Promise<void> {
  // The same text by the same person within a few minutes: a double submit or a spam run.
  const since = new Date(now.getTime() - DUPLICATE_POST_WINDOW_SECONDS * 1000);
  const recent = [
    ...(await db.forumThread.findMany({ where: { authorId: author.id, createdAt: { gte: since } }, select: { body: true, createdAt: true }, take: 50 })),
    ...(await db.forumPost.findMany({ where: { authorId: author.id, createdAt: { gte: since } }, select: { body: true, createdAt: true }, take: 50 })),
  ];
  const duplicate = recent.filter((p) => sameText(p.body, body)).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (duplicate) {
    const seconds = Math.max(1, Math.ceil((duplicate.createdAt.getTime() + DUPLICATE_POST_WINDOW_SECONDS * 1000 - now.getTime()) / 1000));
    throw new RateLimited(`You posted exactly this a moment ago. Say something new, or post it again in ${describeWait(seconds)}.`, seconds);
  }

  if (isStaff(author)) return;
  const { createdAt, seconds } = await secondsUntilEstablished(author, now);
  if (seconds > 0) {
    if (countLinks(body) > NEW_ACCOUNT_MAX_LINKS) throw linkLimit(seconds);
    const firstDay = { authorId: author.id, createdAt: { lt: new Date(createdAt.getTime() + NEW_ACCOUNT_HOURS * 3_600_000) } };
    if (kind === "thread" && (await db.forumThread.count({ where: firstDay })) >= NEW_ACCOUNT_THREADS_FIRST_DAY) {
      throw new RateLimited(
        `New accounts can start ${NEW_ACCOUNT_THREADS_FIRST_DAY} threads on their first day. You can start more in ${describeWait(seconds)}; meanwhile, reply in an existing thread.`,
        seconds,
      );
    }
    if (kind === "reply" && (await db.forumPost.count({ where: firstDay })) >= NEW_ACCOUNT_REPLIES_FIRST_DAY) {
      throw new RateLimited(`New accounts can post ${NEW_ACCOUNT_REPLIES_FIRST_DAY} replies on their first day. You can reply again in ${describeWait(seconds)}.`, seconds);
    }
    await consume(NEW_ACCOUNT_POST_INTERVAL, author.id);
  }
  await consume(kind === "thread" ? THREADS_PER_HOUR : REPLIES_PER_HOUR, author.id);
}

/** An edit may not bring in more links than a new account may post. */
export async function checkEditedText(author: Actor, body: string, now = new Date()): Promise<void> {
  if (isStaff(author) || countLinks(body) <= NEW_ACCOUNT_MAX_LINKS) return;
  const { seconds } = await secondsUntilEstablished(author, now);
  if (seconds > 0) throw linkLimit(seconds);
}
