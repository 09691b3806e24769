import "server-only";
import { db } from "../db";
import { notify } from "../notify/notify";
import { triageHref } from "./links";

// The SLA watch: a running clock past its deadline is a breach. It is recorded once (the
// conditional UPDATE claims it, so two instances never both record it), written on the item's
// timeline, and told to the assignee and the members of the item's team. Security items are told
// only to security staff and admins among them.

type Breach = { id: string; number: number; title: string; clock: "response" | "resolution"; assigneeId: string | null; teamId: string | null; visibility: string };

export async function recordBreaches(now = new Date()): Promise<{ recorded: number }> {
  const breaches = await db.$queryRaw<Breach[]>`
    WITH due AS (
      SELECT "id", CASE WHEN "firstResponseAt" IS NULL THEN 'response' ELSE 'resolution' END AS clock
      FROM "TriageItem"
      WHERE "slaDueAt" < ${now} AND (("firstResponseAt" IS NULL AND "responseBreachedAt" IS NULL) OR ("firstResponseAt" IS NOT NULL AND "resolutionBreachedAt" IS NULL))
      LIMIT 500
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "TriageItem" t SET
      "responseBreachedAt" = CASE WHEN due.clock = 'response' THEN t."slaDueAt" ELSE t."responseBreachedAt" END,
      "resolutionBreachedAt" = CASE WHEN due.clock = 'resolution' THEN t."slaDueAt" ELSE t."resolutionBreachedAt" END
    FROM due WHERE t."id" = due."id"
    RETURNING t."id", t."number", t."title", due.clock, t."assigneeId", t."teamId", t."visibility"::text`;
  for (const breach of breaches) {
    await db.$transaction(async (tx) => {
      await tx.triageEvent.create({ data: { itemId: breach.id, kind: "breach", data: { clock: breach.clock } } });
      const members = breach.teamId ? await tx.teamMember.findMany({ where: { teamId: breach.teamId }, select: { userId: true } }) : [];
      const userIds = [...(breach.assigneeId ? [breach.assigneeId] : []), ...members.map((m) => m.userId)];
      const what = breach.clock === "response" ? "first-response" : "resolution";
      await notify(tx, {
        userIds,
        kind: "triage_breach",
        title: `SLA breached: T-${breach.number} “${breach.title}” missed its ${what} target`,
        url: triageHref(breach.number),
        // Security items: only security staff and admins among the recipients (no owner: the reporter is not told).
        confidential: breach.visibility === "security" ? {} : undefined,
        email: { actionLabel: "Open the item", reason: "you own this item or are in the team it is routed to" },
      });
    });
  }
  return { recorded: breaches.length };
}
