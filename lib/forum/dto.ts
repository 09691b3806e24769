import type { ForumCategorySummary } from "./categories";
import type { FlagItem } from "./flags";
import { forumHref } from "./links";
import type { ThreadDetail, ThreadListItem, ThreadPage } from "./threads";

// The forum's public JSON shapes: explicit, so internal columns (author ids, emails) never leak.

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function categoryDto(c: ForumCategorySummary) {
  return { slug: c.slug, name: c.name, description: c.description, api: c.api?.slug ?? null, threadCount: c.threadCount, url: forumHref.category(c.slug) };
}

export function threadListItemDto(t: ThreadListItem) {
  return {
    number: t.number,
    url: forumHref.thread(t.number),
    title: t.title,
    excerpt: t.excerpt,
    tags: t.tags,
    category: t.category.slug,
    author: t.author,
    api: t.link?.api ?? null,
    version: t.link?.version ?? null,
    operation: t.link?.operation ?? null,
    pinned: t.pinned,
    locked: t.locked,
    hidden: t.hidden,
    upvotes: t.upvotes,
    replyCount: t.replyCount,
    answered: t.answered,
    hasAcceptedAnswer: t.hasAcceptedAnswer,
    createdAt: t.createdAt.toISOString(),
    lastPostAt: t.lastPostAt.toISOString(),
  };
}

export function threadPageDto(page: ThreadPage) {
  return { threads: page.threads.map(threadListItemDto), total: page.total, page: page.page, perPage: page.perPage, pageCount: page.pageCount };
}

export function threadDto(t: ThreadDetail) {
  return {
    ...threadListItemDto(t),
    body: t.body,
    editedAt: iso(t.editedAt),
    acceptedPostId: t.acceptedPostId,
    you: { ...t.you, editableUntil: iso(t.you.editableUntil) },
    replies: t.replies.map((r) => ({
      id: r.id,
      url: forumHref.reply(t.number, r.id),
      body: r.body,
      author: r.author,
      upvotes: r.upvotes,
      hidden: r.hidden,
      accepted: r.accepted,
      createdAt: r.createdAt.toISOString(),
      editedAt: iso(r.editedAt),
      you: { ...r.you, editableUntil: iso(r.you.editableUntil) },
    })),
  };
}

export function flagDto(f: FlagItem) {
  return {
    id: f.id,
    reason: f.reason,
    createdAt: f.createdAt.toISOString(),
    resolvedAt: iso(f.resolvedAt),
    reporter: f.reporter,
    target: { ...f.target, url: f.target.postId ? forumHref.reply(f.target.number, f.target.postId) : forumHref.thread(f.target.number) },
  };
}
