import "server-only";
import { refreshDocsPages } from "../catalog/docs-cache";
import { db } from "../db";
import { Invalid, NotFound } from "../errors";
import type { Actor } from "../auth/authorize";
import { isStaffRole, type Role } from "../auth/roles";
import { visibleTo } from "../catalog/visibility";
import type { Prisma } from "../generated/prisma/client";
import type { Visibility } from "../generated/prisma/enums";
import { fieldErrorsOf } from "../validation";
import {
  THREAD_ACCESS_SELECT,
  canReadThread,
  editableUntil,
  isStaff,
  readablePostWhere,
  readableThreadWhere,
  threadsForAudienceWhere,
  withinEditWindow,
} from "./access";
import { getCategory, type ForumCategorySummary } from "./categories";
import { REPLIES_SHOWN, THREADS_PER_PAGE } from "./limits";
import { excerpt } from "./markdown-text";
import { threadListSchema, type ThreadListFilter, type TopPeriod } from "./schemas";

export type ForumAuthor = { name: string; staff: boolean; isYou: boolean };
/** The operation (or API, or version) a thread is about. */
export type ThreadLink = { api: string; apiName: string; version: string | null; operation: string | null };

export type ThreadListItem = {
  id: string;
  number: number;
  title: string;
  excerpt: string;
  tags: string[];
  category: { slug: string; name: string };
  author: ForumAuthor;
  link: ThreadLink | null;
  pinned: boolean;
  locked: boolean;
  hidden: boolean;
  upvotes: number;
  replyCount: number;
  /** Someone other than the author replied. */
  answered: boolean;
  hasAcceptedAnswer: boolean;
  createdAt: Date;
  lastPostAt: Date;
};

export type ThreadPage = { threads: ThreadListItem[]; total: number; page: number; perPage: number; pageCount: number };

export type ForumReply = {
  id: string;
  body: string;
  author: ForumAuthor;
  upvotes: number;
  hidden: boolean;
  accepted: boolean;
  createdAt: Date;
  editedAt: Date | null;
  you: { voted: boolean; flagged: boolean; canVote: boolean; canFlag: boolean; canEdit: boolean; canDelete: boolean; canModerate: boolean; editableUntil: Date | null };
};

export type ThreadDetail = ThreadListItem & {
  body: string;
  editedAt: Date | null;
  /** The accepted reply, when the reader may see it. */
  acceptedPostId: string | null;
  replies: ForumReply[];
  you: {
    signedIn: boolean;
    voted: boolean;
    flagged: boolean;
    canReply: boolean;
    canVote: boolean;
    canFlag: boolean;
    canEdit: boolean;
    canDelete: boolean;
    canAccept: boolean;
    canModerate: boolean;
    editableUntil: Date | null;
  };
};

const AUTHOR_SELECT = { select: { name: true, role: true } } as const;

const LIST_SELECT = {
  id: true,
  number: true,
  title: true,
  body: true,
  tags: true,
  pinned: true,
  locked: true,
  hidden: true,
  upvotes: true,
  replyCount: true,
  answeredAt: true,
  acceptedPostId: true,
  createdAt: true,
  lastPostAt: true,
  versionLabel: true,
  operationSlug: true,
  authorId: true,
  author: AUTHOR_SELECT,
  category: { select: { slug: true, name: true } },
  api: { select: { slug: true, name: true } },
} as const;

type ListRow = Prisma.ForumThreadGetPayload<{ select: typeof LIST_SELECT }>;

export function authorOf(actor: Actor | null, authorId: string, author: { name: string | null; role: Role }): ForumAuthor {
  return { name: author.name?.trim() || "Member", staff: isStaffRole(author.role), isYou: actor?.id === authorId };
}

function toListItem(actor: Actor | null, row: ListRow): ThreadListItem {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    excerpt: excerpt(row.body),
    tags: row.tags,
    category: row.category,
    author: authorOf(actor, row.authorId, row.author),
    link: row.api ? { api: row.api.slug, apiName: row.api.name, version: row.versionLabel, operation: row.operationSlug } : null,
    pinned: row.pinned,
    locked: row.locked,
    hidden: row.hidden,
    upvotes: row.upvotes,
    replyCount: row.replyCount,
    answered: row.answeredAt !== null,
    hasAcceptedAnswer: row.acceptedPostId !== null,
    createdAt: row.createdAt,
    lastPostAt: row.lastPostAt,
  };
}

const PERIOD_DAYS: Record<TopPeriod, number | null> = { day: 1, week: 7, month: 30, year: 365, all: null };

/** An API the actor may see, by slug; NotFound otherwise (so a partner API cannot be probed). */
async function visibleApiId(actor: Actor | null, slug: string): Promise<string> {
  const api = await db.api.findFirst({ where: { slug, visibility: { in: visibleTo(actor) } }, select: { id: true } });
  if (!api) throw new NotFound("No API with this name.");
  return api.id;
}

/**
 * A page of threads: latest activity first (pinned ones first in a category), top (most
 * upvoted, optionally within a period) or unanswered (no reply from anyone but the author, no
 * accepted answer). Filters: category, tag, and the linked API / operation. An operation's list
 * covers every version of the API that has an operation of that id; add `version` to narrow it.
 */
export async function listThreads(actor: Actor | null, input: unknown, now = new Date()): Promise<ThreadPage & { filter: ThreadListFilter; category: ForumCategorySummary | null }> {
  const parsed = threadListSchema.safeParse(input ?? {});
  if (!parsed.success) throw new Invalid("Check the list filters.", fieldErrorsOf(parsed.error));
  const filter = parsed.data;
  const category = filter.category ? await getCategory(actor, filter.category) : null;
  const conditions: Prisma.ForumThreadWhereInput[] = [readableThreadWhere(actor)];
  if (category) conditions.push({ categoryId: category.id });
  if (filter.tag) conditions.push({ tags: { has: filter.tag } });
  if (filter.api) conditions.push({ apiId: await visibleApiId(actor, filter.api) });
  if (filter.version) conditions.push({ versionLabel: filter.version });
  if (filter.operation) conditions.push({ operationSlug: filter.operation });

  let orderBy: Prisma.ForumThreadOrderByWithRelationInput[];
  if (filter.sort === "top") {
    const days = PERIOD_DAYS[filter.period];
    if (days) conditions.push({ createdAt: { gte: new Date(now.getTime() - days * 86_400_000) } });
    orderBy = [{ upvotes: "desc" }, { replyCount: "desc" }, { createdAt: "desc" }];
  } else if (filter.sort === "unanswered") {
    conditions.push({ answeredAt: null, acceptedPostId: null, locked: false });
    orderBy = [{ createdAt: "desc" }];
  } else {
    orderBy = [...(category ? [{ pinned: "desc" as const }] : []), { lastPostAt: "desc" }, { number: "desc" }];
  }

  const where = { AND: conditions };
  const [rows, total] = await Promise.all([
    db.forumThread.findMany({ where, orderBy, skip: (filter.page - 1) * THREADS_PER_PAGE, take: THREADS_PER_PAGE, select: LIST_SELECT }),
    db.forumThread.count({ where }),
  ]);
  return {
    threads: rows.map((row) => toListItem(actor, row)),
    total,
    page: filter.page,
    perPage: THREADS_PER_PAGE,
    pageCount: Math.max(1, Math.ceil(total / THREADS_PER_PAGE)),
    filter,
    category,
  };
}

/** A thread by number with everything needed to check who may read it; NotFound when they may not. */
export async function findReadableThread(actor: Actor | null, number: number) {
  const thread = Number.isSafeInteger(number)
    ? await db.forumThread.findUnique({
        where: { number },
        select: { ...THREAD_ACCESS_SELECT, id: true, number: true, title: true, locked: true, createdAt: true, acceptedPostId: true, categoryId: true, authorId: true },
      })
    : null;
  if (!thread || !canReadThread(actor, thread)) throw new NotFound("No thread with this number.");
  return thread;
}

/** A reply by id, in a thread the actor may read, and visible to them; NotFound otherwise. */
export async function findReadablePost(actor: Actor | null, postId: string) {
  const post = await db.forumPost.findUnique({
    where: { id: postId },
    select: { id: true, authorId: true, hidden: true, createdAt: true, body: true, threadId: true, thread: { select: { number: true } } },
  });
  if (!post) throw new NotFound("No reply with this id.");
  const thread = await findReadableThread(actor, post.thread.number).catch(() => null);
  if (!thread || (post.hidden && !isStaff(actor) && actor?.id !== post.authorId)) throw new NotFound("No reply with this id.");
  return { ...post, thread };
}

/** A thread with its replies (oldest first), as the reader may see them, with what the reader may do. */
export async function getThread(actor: Actor | null, number: number, now = new Date()): Promise<ThreadDetail> {
  const access = await findReadableThread(actor, number);
  const row = await db.forumThread.findUniqueOrThrow({
    where: { id: access.id },
    select: {
      ...LIST_SELECT,
      editedAt: true,
      posts: {
        where: readablePostWhere(actor),
        orderBy: { createdAt: "asc" },
        take: REPLIES_SHOWN,
        select: { id: true, body: true, authorId: true, author: AUTHOR_SELECT, upvotes: true, hidden: true, createdAt: true, editedAt: true },
      },
    },
  });
  const staff = isStaff(actor);
  const postIds = row.posts.map((p) => p.id);
  const [threadVote, threadFlag, postVotes, postFlags] = actor
    ? await Promise.all([
        db.forumVote.findUnique({ where: { userId_threadId: { userId: actor.id, threadId: row.id } }, select: { id: true } }),
        db.forumFlag.findUnique({ where: { reporterId_threadId: { reporterId: actor.id, threadId: row.id } }, select: { id: true } }),
        db.forumVote.findMany({ where: { userId: actor.id, postId: { in: postIds } }, select: { postId: true } }),
        db.forumFlag.findMany({ where: { reporterId: actor.id, postId: { in: postIds } }, select: { postId: true } }),
      ])
    : [null, null, [], []];
  const voted = new Set(postVotes.map((v) => v.postId));
  const flagged = new Set(postFlags.map((f) => f.postId));
  const isAuthor = actor?.id === row.authorId;
  const acceptedVisible = row.posts.some((p) => p.id === row.acceptedPostId);
  const othersReplied = row.posts.some((p) => p.authorId !== row.authorId);

  return {
    ...toListItem(actor, row),
    body: row.body,
    editedAt: row.editedAt,
    acceptedPostId: acceptedVisible ? row.acceptedPostId : null,
    replies: row.posts.map((p) => {
      const mine = actor?.id === p.authorId;
      const authorMayEdit = mine && withinEditWindow(p.createdAt, now);
      return {
        id: p.id,
        body: p.body,
        author: authorOf(actor, p.authorId, p.author),
        upvotes: p.upvotes,
        hidden: p.hidden,
        accepted: p.id === row.acceptedPostId,
        createdAt: p.createdAt,
        editedAt: p.editedAt,
        you: {
          voted: voted.has(p.id),
          flagged: flagged.has(p.id),
          canVote: actor !== null && !mine,
          canFlag: actor !== null && !mine,
          canEdit: authorMayEdit || staff,
          canDelete: authorMayEdit || staff,
          canModerate: staff,
          editableUntil: authorMayEdit ? editableUntil(p.createdAt) : null,
        },
      };
    }),
    you: {
      signedIn: actor !== null,
      voted: threadVote !== null,
      flagged: threadFlag !== null,
      canReply: actor !== null && (!row.locked || staff) && (!row.hidden || staff),
      canVote: actor !== null && !isAuthor,
      canFlag: actor !== null && !isAuthor,
      canEdit: (isAuthor && withinEditWindow(row.createdAt, now)) || staff,
      canDelete: (isAuthor && withinEditWindow(row.createdAt, now) && !othersReplied) || staff,
      canAccept: isAuthor || staff,
      canModerate: staff,
      editableUntil: isAuthor && withinEditWindow(row.createdAt, now) ? editableUntil(row.createdAt) : null,
    },
  };
}

/** Who at least reads a page of an API with this visibility: its threads are shown to all of them. */
function audienceOf(apiVisibility: Visibility): Visibility[] {
  if (apiVisibility === "public") return ["public"];
  if (apiVisibility === "partner") return ["public", "partner"];
  return ["public", "partner", "staff"];
}

/**
 * "Related discussions" on an operation's docs page: threads linked to this operation (in any
 * version), most recently active first. Docs pages are cached for visitors, so this reads no
 * session: it shows what every reader of the page may see (the page's API visibility decides),
 * never hidden threads.
 */
export async function listRelatedThreads(
  page: { api: { slug: string; visibility: Visibility }; operation: string },
  limit: number,
): Promise<{ threads: ThreadListItem[]; total: number }> {
  const where: Prisma.ForumThreadWhereInput = {
    AND: [threadsForAudienceWhere(audienceOf(page.api.visibility)), { hidden: false, api: { slug: page.api.slug }, operationSlug: page.operation }],
  };
  const [rows, total] = await Promise.all([
    db.forumThread.findMany({ where, orderBy: [{ lastPostAt: "desc" }, { number: "desc" }], take: limit, select: LIST_SELECT }),
    db.forumThread.count({ where }),
  ]);
  return { threads: rows.map((row) => toListItem(null, row)), total };
}

/** A changed thread, after dropping the cached docs pages that list it under "Related discussions". */
export function afterThreadChange<T extends { link: ThreadLink | null }>(thread: T): T {
  if (thread.link) refreshDocsPages();
  return thread;
}
