import "server-only";
import { z } from "zod";
import { db } from "../db";
import { Conflict, Forbidden, Invalid, NotFound } from "../errors";
import { requireSignedIn, requireStaff, type Actor } from "../auth/authorize";
import { recordAudit } from "../audit/record";
import { consume } from "../rate-limit/limiter";
import { fieldErrorsOf } from "../validation";
import { FLAGS_PER_HOUR } from "./limits";
import { excerpt } from "./markdown-text";
import { flagInputSchema, type FlagReason } from "./schemas";
import { authorOf, findReadablePost, findReadableThread, type ForumAuthor } from "./threads";

// Flags: anyone signed in can flag a thread or a reply they may read (once each, never their
// own) for staff to review. Staff list the open flags and resolve them (audited).

const stored = (reason: FlagReason, note?: string) => (note ? `${reason}: ${note}` : reason);

async function saveFlag(reporter: Actor, target: { threadId: string } | { postId: string }, input: unknown): Promise<{ id: string }> {
  const parsed = flagInputSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Say why you flag this post.", fieldErrorsOf(parsed.error));
  await consume(FLAGS_PER_HOUR, reporter.id);
  try {
    return await db.forumFlag.create({ data: { reporterId: reporter.id, ...target, reason: stored(parsed.data.reason, parsed.data.note) }, select: { id: true } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new Conflict("You have already flagged this. Staff will review it.");
    throw error;
  }
}

export async function flagThread(actor: Actor | null, number: number, input: unknown): Promise<{ id: string }> {
  const reporter = requireSignedIn(actor);
  const thread = await findReadableThread(reporter, number);
  if (thread.authorId === reporter.id) throw new Forbidden("You cannot flag your own thread. Edit it, or ask staff to remove it.");
  return saveFlag(reporter, { threadId: thread.id }, input);
}

export async function flagPost(actor: Actor | null, postId: string, input: unknown): Promise<{ id: string }> {
  const reporter = requireSignedIn(actor);
  const post = await findReadablePost(reporter, postId);
  if (post.authorId === reporter.id) throw new Forbidden("You cannot flag your own reply. Edit or delete it instead.");
  return saveFlag(reporter, { postId: post.id }, input);
}

export type FlagItem = {
  id: string;
  reason: string;
  createdAt: Date;
  resolvedAt: Date | null;
  reporter: string;
  target: {
    kind: "thread" | "reply";
    number: number;
    threadTitle: string;
    postId: string | null;
    excerpt: string;
    hidden: boolean;
    author: ForumAuthor;
  };
};

export const flagListSchema = z.object({
  status: z.enum(["open", "resolved", "all"], { error: "status must be open, resolved or all." }).default("open"),
  page: z.coerce.number({ error: "page must be a number." }).int().min(1).max(500).default(1),
});
const FLAGS_PER_PAGE = 50;

/** Flags for staff to review, oldest open ones first (or newest resolved ones first). */
export async function listFlags(actor: Actor | null, input: unknown = {}): Promise<{ flags: FlagItem[]; total: number; page: number; pageCount: number }> {
  const staff = requireStaff(actor);
  const parsed = flagListSchema.safeParse(input ?? {});
  if (!parsed.success) throw new Invalid("Check the filters.", fieldErrorsOf(parsed.error));
  const { status, page } = parsed.data;
  const where = status === "all" ? {} : { resolvedAt: status === "open" ? null : { not: null } };
  const author = { select: { name: true, role: true } } as const;
  const [rows, total] = await Promise.all([
    db.forumFlag.findMany({
      where,
      orderBy: status === "open" ? { createdAt: "asc" } : { createdAt: "desc" },
      skip: (page - 1) * FLAGS_PER_PAGE,
      take: FLAGS_PER_PAGE,
      select: {
        id: true,
        reason: true,
        createdAt: true,
        resolvedAt: true,
        reporter: { select: { name: true } },
        thread: { select: { number: true, title: true, body: true, hidden: true, authorId: true, author } },
        post: { select: { id: true, body: true, hidden: true, authorId: true, author, thread: { select: { number: true, title: true } } } },
      },
    }),
    db.forumFlag.count({ where }),
  ]);
  const flags = rows.flatMap((row): FlagItem[] => {
    const common = { id: row.id, reason: row.reason, createdAt: row.createdAt, resolvedAt: row.resolvedAt, reporter: row.reporter.name?.trim() || "Member" };
    if (row.thread) {
      const t = row.thread;
      return [{ ...common, target: { kind: "thread", number: t.number, threadTitle: t.title, postId: null, excerpt: excerpt(t.body, 300), hidden: t.hidden, author: authorOf(staff, t.authorId, t.author) } }];
    }
    if (row.post) {
      const p = row.post;
      return [{ ...common, target: { kind: "reply", number: p.thread.number, threadTitle: p.thread.title, postId: p.id, excerpt: excerpt(p.body, 300), hidden: p.hidden, author: authorOf(staff, p.authorId, p.author) } }];
    }
    return [];
  });
  return { flags, total, page, pageCount: Math.max(1, Math.ceil(total / FLAGS_PER_PAGE)) };
}

export const flagResolutionSchema = z.object({ resolved: z.boolean({ error: "resolved must be true or false." }) });

/** Marks a flag as dealt with (or open again). */
export async function resolveFlag(actor: Actor | null, id: string, input: unknown, context: { ip?: string | null } = {}): Promise<{ id: string; resolvedAt: Date | null }> {
  const staff = requireStaff(actor);
  const parsed = flagResolutionSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the request.", fieldErrorsOf(parsed.error));
  const flag = await db.forumFlag.findUnique({ where: { id }, select: { id: true, resolvedAt: true, threadId: true, postId: true } });
  if (!flag) throw new NotFound("No flag with this id.");
  if ((flag.resolvedAt !== null) === parsed.data.resolved) return { id: flag.id, resolvedAt: flag.resolvedAt };
  return db.$transaction(async (tx) => {
    const updated = await tx.forumFlag.update({ where: { id }, data: { resolvedAt: parsed.data.resolved ? new Date() : null }, select: { id: true, resolvedAt: true } });
    await recordAudit(tx, {
      actor: staff,
      action: parsed.data.resolved ? "forum.flag.resolve" : "forum.flag.reopen",
      target: { type: "forum_flag", id },
      data: { threadId: flag.threadId, postId: flag.postId },
      ip: context.ip,
    });
    return updated;
  });
}
