import "server-only";
import { db } from "../db";
import { refreshThreadStats } from "./posting";

// Demo forum content for the seeded portal: a few threads and replies in General and the
// Petstore category (one linked to getPetById with an accepted answer), one in the partner-only
// Harbor category, and one open flag. Fixed ids and thread numbers (the route-access manifest
// requests /forum/t/2 and /forum/t/5); idempotent: what exists is never touched again.

const DAY = 86_400_000;
const ago = (days: number, hours = 0) => new Date(Date.now() - days * DAY - hours * 3_600_000);

type DemoPost = { id: string; author: string; body: string; createdAt: Date };
type DemoThread = {
  id: string;
  number: number;
  category: { slug: string } | { api: string };
  author: string;
  title: string;
  body: string;
  tags: string[];
  link?: { api: string; version: string; operation?: string };
  pinned?: boolean;
  createdAt: Date;
  replies: DemoPost[];
  acceptedPostId?: string;
  /** Upvotes on the thread, by these accounts. */
  votes?: string[];
  /** Upvotes on replies: [post id, voter]. */
  replyVotes?: [string, string][];
};

/** Fixed ids the route-access manifest uses. */
export const DEMO_FORUM = {
  /** Swagger Petstore, getPetById, by developer@, answered by a triager (accepted). */
  petstoreThread: 2,
  /** Swagger Petstore, by developer2@, unanswered. */
  unansweredThread: 3,
  /** Harbor (partner-only), by partner@. */
  partnerThread: 5,
  /** A reply by developer2@ in thread 2. */
  developer2Reply: "demo-forum-pet-404-r1",
  /** An open flag on a spammy reply. */
  openFlag: "demo-forum-flag-spam",
} as const;

const THREADS: DemoThread[] = [
  {
    id: "demo-forum-welcome",
    number: 1,
    category: { slug: "general" },
    author: "admin@example.com",
    title: "Welcome to the Hypercare forum",
    body: "This is the place to ask questions about our APIs, share workarounds and suggest improvements.\n\n- **Found a bug?** Use *Report an issue* on the operation's page so it reaches the owning team.\n- **Stuck?** Start a thread here, linked to the operation you are calling.\n- Be kind, and never paste API keys or tokens.",
    tags: ["announcements"],
    pinned: true,
    createdAt: ago(20),
    replies: [{ id: "demo-forum-welcome-r1", author: "developer@example.com", body: "Thanks! Linking threads to operations is handy.", createdAt: ago(19) }],
    votes: ["developer@example.com", "developer2@example.com"],
  },
  {
    id: "demo-forum-pet-404",
    number: DEMO_FORUM.petstoreThread,
    category: { api: "petstore" },
    author: "developer@example.com",
    title: "getPetById answers 404 for a pet I just created",
    body: "I call `POST /pet` and get `200` with the new pet's id, then `GET /pet/{petId}` right away answers **404**. A second later it works.\n\nIs this expected?",
    tags: ["consistency", "pets"],
    link: { api: "petstore", version: "1.0.27", operation: "getPetById" },
    createdAt: ago(6),
    replies: [
      { id: DEMO_FORUM.developer2Reply, author: "developer2@example.com", body: "Same here. I added a sleep, which is not great.", createdAt: ago(6, -2) },
      {
        id: "demo-forum-pet-404-r2",
        author: "triager@example.com",
        body: "Yes: the pet store is eventually consistent, and reads can lag writes by up to a second. Retry a `404` on a pet you just created with a short backoff (100 ms, 200 ms, 400 ms). We are documenting this on the operation's page.",
        createdAt: ago(5),
      },
    ],
    acceptedPostId: "demo-forum-pet-404-r2",
    votes: ["developer2@example.com", "partner@example.com"],
    replyVotes: [["demo-forum-pet-404-r2", "developer@example.com"], ["demo-forum-pet-404-r2", "developer2@example.com"]],
  },
  {
    id: "demo-forum-bulk-pets",
    number: DEMO_FORUM.unansweredThread,
    category: { api: "petstore" },
    author: "developer2@example.com",
    title: "Is there a bulk endpoint for adding pets?",
    body: "We import about 5,000 pets a night and call `POST /pet` once per pet. Is there a way to send them in one request, or a higher rate limit for imports?",
    tags: ["feature-request", "rate-limits"],
    link: { api: "petstore", version: "1.0.27", operation: "addPet" },
    createdAt: ago(2),
    replies: [],
  },
  {
    id: "demo-forum-sandbox-limits",
    number: 4,
    category: { slug: "general" },
    author: "partner@example.com",
    title: "Rate limits in the sandbox?",
    body: "Are the sandbox's rate limits the same as production's? Our load tests get `429` after about 100 requests a minute.",
    tags: ["rate-limits", "sandbox"],
    createdAt: ago(9),
    replies: [
      { id: "demo-forum-sandbox-r1", author: "admin@example.com", body: "The sandbox allows 100 requests a minute per key, production 1,000. Ask us for a temporary raise before a load test.", createdAt: ago(8) },
      { id: "demo-forum-sandbox-r2", author: "developer2@example.com", body: "Skip the limits entirely with my proxy service, cheap monthly plans!", createdAt: ago(7) },
    ],
    acceptedPostId: "demo-forum-sandbox-r1",
  },
  {
    id: "demo-forum-harbor-quotas",
    number: DEMO_FORUM.partnerThread,
    category: { api: "harbor" },
    author: "partner@example.com",
    title: "Harbor: quota errors when pushing large images",
    body: "Pushing a 3 GB image fails with a quota error although the project shows 10 GB free. Which quota applies here?",
    tags: ["quotas"],
    link: { api: "harbor", version: "2.0" },
    createdAt: ago(3),
    replies: [{ id: "demo-forum-harbor-r1", author: "triager@example.com", body: "Storage quotas count the compressed layers of every tag in the project, including untagged ones. Run garbage collection, then try again.", createdAt: ago(2) }],
  },
];

const FLAGS = [{ id: DEMO_FORUM.openFlag, reporter: "developer@example.com", postId: "demo-forum-sandbox-r2", reason: "spam" }];

/** Seeds the demo forum; returns how many threads it created. */
export async function seedDemoForum(demoEmails: string[]): Promise<number> {
  // Demo accounts stand for established members: the forum's new-account limits (first 24 hours)
  // would otherwise apply to them right after seeding. Shifted together, so their order is kept.
  await db.$executeRaw`UPDATE "User" SET "createdAt" = "createdAt" - interval '30 days'
    WHERE email = ANY(${demoEmails}) AND "createdAt" > now() - interval '24 hours'`;

  const users = new Map((await db.user.findMany({ where: { email: { in: demoEmails } }, select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  const categories = await db.forumCategory.findMany({ select: { id: true, slug: true, api: { select: { id: true, slug: true } } } });
  const apis = new Map((await db.api.findMany({ select: { id: true, slug: true } })).map((a) => [a.slug, a.id]));
  const userId = (email: string) => users.get(email);

  // Move the number sequence past the demo numbers first, so no thread created meanwhile gets one.
  const highest = Math.max(...THREADS.map((t) => t.number));
  await db.$queryRaw`SELECT setval(q.s, GREATEST(pg_sequence_last_value(q.s::regclass), (SELECT COALESCE(MAX(number), 0) FROM "ForumThread"), ${highest}::int))
    FROM (SELECT pg_get_serial_sequence('"ForumThread"', 'number') AS s) AS q`;

  let created = 0;
  for (const demo of THREADS) {
    const authorId = userId(demo.author);
    const category = categories.find((c) => ("slug" in demo.category ? c.slug === demo.category.slug && !c.api : c.api?.slug === demo.category.api));
    const apiId = demo.link ? apis.get(demo.link.api) : undefined;
    if (!authorId || !category || (demo.link && !apiId)) continue;
    if (await db.forumThread.findUnique({ where: { id: demo.id }, select: { id: true } })) continue;
    const thread = {
      id: demo.id,
      categoryId: category.id,
      authorId,
      title: demo.title,
      body: demo.body,
      tags: demo.tags,
      apiId: apiId ?? null,
      versionLabel: demo.link?.version ?? null,
      operationSlug: demo.link?.operation ?? null,
      pinned: demo.pinned ?? false,
      createdAt: demo.createdAt,
      lastPostAt: demo.createdAt,
    };
    // The fixed number, unless someone's thread already has it.
    try {
      await db.forumThread.create({ data: { ...thread, number: demo.number } });
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
      await db.forumThread.create({ data: thread });
    }
    await db.$transaction(async (tx) => {
      const replies = demo.replies.flatMap((r) => {
        const replyAuthor = userId(r.author);
        return replyAuthor ? [{ id: r.id, threadId: demo.id, authorId: replyAuthor, body: r.body, createdAt: r.createdAt }] : [];
      });
      await tx.forumPost.createMany({ data: replies, skipDuplicates: true });
      const threadVotes = (demo.votes ?? []).flatMap((email) => (userId(email) ? [{ id: `${demo.id}-vote-${email}`, userId: userId(email)!, threadId: demo.id }] : []));
      const replyVotes = (demo.replyVotes ?? []).flatMap(([postId, email]) =>
        userId(email) && replies.some((r) => r.id === postId) ? [{ id: `${postId}-vote-${email}`, userId: userId(email)!, postId }] : [],
      );
      await tx.forumVote.createMany({ data: [...threadVotes, ...replyVotes], skipDuplicates: true });
      await tx.forumThread.update({
        where: { id: demo.id },
        data: { upvotes: threadVotes.length, acceptedPostId: demo.acceptedPostId && replies.some((r) => r.id === demo.acceptedPostId) ? demo.acceptedPostId : null },
      });
      for (const post of replies) {
        await tx.forumPost.update({ where: { id: post.id }, data: { upvotes: replyVotes.filter((v) => v.postId === post.id).length } });
      }
      await refreshThreadStats(tx, demo.id);
    });
    created++;
  }

  for (const flag of FLAGS) {
    const reporterId = userId(flag.reporter);
    const post = await db.forumPost.findUnique({ where: { id: flag.postId }, select: { id: true } });
    if (reporterId && post) await db.forumFlag.createMany({ data: [{ id: flag.id, reporterId, postId: post.id, reason: flag.reason }], skipDuplicates: true });
  }

  return created;
}
