import "server-only";
import { db } from "../db";
import { env } from "../env";
import { newId } from "../db/ids";
import { intakeRow } from "../triage/intake";

const BATCH = 500;

/**
 * The background job that puts threads nobody has answered into the staff triage queue: every
 * thread that is not hidden or locked, has no reply from anyone but its author and no accepted
 * answer, and is older than the threshold gets one TriageItem ("Unanswered: <title>"). Items of
 * threads in staff-only APIs are private. Idempotent: a thread never gets a second item (the
 * item's threadId is unique), so running it again, or on two instances at once, adds nothing.
 */
export async function promoteUnansweredThreads(now = new Date(), thresholdHours = env.FORUM_UNANSWERED_HOURS ?? 24): Promise<{ created: number }> {
  const before = new Date(now.getTime() - thresholdHours * 3_600_000);
  let created = 0;
  let after = "";
  for (;;) {
    const threads = await db.forumThread.findMany({
      where: { hidden: false, locked: false, answeredAt: null, acceptedPostId: null, createdAt: { lte: before }, triageItem: { is: null }, id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        title: true,
        body: true,
        authorId: true,
        apiId: true,
        versionLabel: true,
        operationSlug: true,
        api: { select: { visibility: true } },
        category: { select: { apiId: true, api: { select: { visibility: true } } } },
      },
    });
    if (threads.length === 0) break;
    for (const t of threads) {
      const item = {
        kind: "thread" as const,
        apiId: t.apiId ?? t.category.apiId,
        versionLabel: t.versionLabel,
        operationSlug: t.operationSlug,
        title: `Unanswered: ${t.title}`,
      };
      const { columns, event } = await intakeRow({ ...item, body: t.body, createdAt: now });
      const result = await db.triageItem.createMany({
        data: [{ ...columns, ...item, id: newId(), threadId: t.id, reporterId: t.authorId, visibility: t.api?.visibility === "staff" || t.category.api?.visibility === "staff" ? "private" : "public" }],
        skipDuplicates: true,
      });
      if (result.count === 0) continue; // another instance was first
      const row = await db.triageItem.findUniqueOrThrow({ where: { threadId: t.id }, select: { id: true } });
      await db.triageEvent.create({ data: { itemId: row.id, kind: event.kind, data: event.data } });
      created += 1;
    }
    if (threads.length < BATCH) break;
    after = threads.at(-1)!.id;
  }
  return { created };
}
