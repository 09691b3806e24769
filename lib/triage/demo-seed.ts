import "server-only";
import type { Actor } from "../auth/authorize";
import { db } from "../db";
import { fileReport } from "../feedback/reports";
import { replyPublicly } from "./answers";
import { clearHypercareCache } from "./hypercare";
import { mergeItems } from "./merge";
import { clearRoutingCache } from "./routing-cache";
import { updateItem } from "./update";

// Demo triage data for the seeded portal, so the queue, an item and the overview show what the
// product does on first start: two teams with routing rules, a hypercare window on Museum 1.2.1,
// and a launch week's reports (one security report, a duplicate pair), filed through the real
// intake and partly worked by the demo staff. Idempotent: nothing happens once demo reports exist.

const DAY = 86_400_000;

type DemoReport = { key: string; by: "developer" | "partner"; api: string; version: string; operation?: string; title: string; description: string; impact: string; visibility: "public" | "private" | "security"; requestId?: string };

const REPORTS: DemoReport[] = [
  { key: "tickets-500", by: "developer", api: "museum", version: "1.2.1", operation: "buyMuseumTickets", title: "POST /tickets answers 500 for a family ticket since the launch", description: "Every purchase with `ticketType: family` fails with **HTTP 500** since this morning. Our checkout is blocked in production.", impact: "blocking", visibility: "public", requestId: "req_7f3a9c21" },
  { key: "tickets-500-dup", by: "partner", api: "museum", version: "1.2.1", operation: "buyMuseumTickets", title: "Family tickets fail with 500 Internal Server Error", description: "Buying a family ticket returns 500 on POST /tickets. Single tickets work.", impact: "degraded", visibility: "public" },
  { key: "hours-slow", by: "developer", api: "museum", version: "1.2.1", operation: "getMuseumHours", title: "GET /museum-hours takes 4 seconds at p95", description: "Latency of /museum-hours went from 80 ms to about 4 s after the 1.2.1 launch.", impact: "degraded", visibility: "public" },
  { key: "events-docs", by: "developer", api: "museum", version: "1.2.1", operation: "listSpecialEvents", title: "The docs do not say how pagination of special events works", description: "`page` and `limit` are listed but not what the maximum limit is or how to know there is a next page.", impact: "minor", visibility: "public" },
  { key: "pet-key-leak", by: "developer", api: "petstore", version: "1.0.27", operation: "getPetById", title: "API key is echoed in the error page", description: "When getPetById fails, the HTML error page prints the `api_key` header back, so keys leak into logs.", impact: "degraded", visibility: "security" },
  { key: "pet-find-question", by: "partner", api: "petstore", version: "1.0.27", operation: "findPetsByStatus", title: "How do I ask for several statuses at once?", description: "Is it `status=available,pending` or `status=available&status=pending`?", impact: "question", visibility: "private" },
  { key: "pet-feature", by: "developer", api: "petstore", version: "1.0.27", title: "Please add cursor pagination to the pet lists", description: "Offset pagination skips pets when new ones are added while we page.", impact: "minor", visibility: "public" },
];

async function actorOf(email: string): Promise<Actor> {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, role: true } });
}

export async function seedDemoTriage(): Promise<number> {
  if ((await db.issueReport.count()) > 0) return 0;
  const developer = await actorOf("developer@example.com");
  const partner = await actorOf("partner@example.com");
  const triager = await actorOf("triager@example.com");
  const security = await actorOf("security@example.com");
  const admin = await actorOf("admin@example.com");
  await seedTeamsAndWindow(triager, security, admin);

  const items = new Map<string, string>();
  for (const report of REPORTS) {
    const { key, by, ...input } = report;
    const filed = await fileReport(by === "developer" ? developer : partner, input);
    items.set(key, (await db.triageItem.findUniqueOrThrow({ where: { reportId: filed.id }, select: { id: true } })).id);
  }
  const item = (key: string) => items.get(key)!;

  // A morning of triage: the outage owned and answered, its duplicate merged, the security report
  // taken by security staff, a question waiting on the reporter, a docs gap resolved.
  await updateItem(triager, item("tickets-500"), { status: "in_progress", category: "bug", severity: "critical", impactScope: "many", assigneeId: triager.id, addLabels: ["launch"] });
  await replyPublicly(triager, item("tickets-500"), { body: "We can reproduce it: family tickets hit a pricing rule added in 1.2.1. A fix is being deployed; we will update this report." });
  await mergeItems(triager, item("tickets-500-dup"), item("tickets-500"));
  await updateItem(security, item("pet-key-leak"), { status: "triaged", severity: "major", impactScope: "all", assigneeId: security.id });
  await updateItem(triager, item("pet-find-question"), { status: "waiting_on_reporter", category: "question" });
  await replyPublicly(triager, item("pet-find-question"), { body: "Could you share the request you send (with the query string)? Both forms should work." });
  await updateItem(triager, item("events-docs"), { status: "resolved", category: "documentation", resolutionNote: "The docs now say: `limit` is at most 100, and a `next` link is in the response when there are more events." });
  return REPORTS.length;
}

async function seedTeamsAndWindow(triager: Actor, security: Actor, admin: Actor): Promise<void> {
  const museum = await db.apiVersion.findFirst({ where: { api: { slug: "museum" }, label: "1.2.1" }, select: { id: true, apiId: true } });
  const tickets = await db.team.upsert({ where: { slug: "museum-tickets" }, create: { slug: "museum-tickets", name: "Museum tickets" }, update: {}, select: { id: true } });
  const securityTeam = await db.team.upsert({ where: { slug: "security" }, create: { slug: "security", name: "Security" }, update: {}, select: { id: true } });
  const defaultTeam = await db.team.findFirst({ where: { isDefault: true }, select: { id: true } });
  await db.teamMember.createMany({
    data: [
      ...(defaultTeam ? [{ teamId: defaultTeam.id, userId: triager.id }] : []),
      { teamId: tickets.id, userId: triager.id },
      { teamId: securityTeam.id, userId: security.id },
      { teamId: securityTeam.id, userId: admin.id },
    ],
    skipDuplicates: true,
  });
  if ((await db.routingRule.count()) === 0) {
    await db.routingRule.createMany({
      data: [
        { position: 1, teamId: securityTeam.id, category: "security" },
        ...(museum ? [{ position: 2, teamId: tickets.id, apiId: museum.apiId, operationPattern: "* /tickets*" }] : []),
      ],
    });
  }
  if (museum && (await db.hypercareWindow.count({ where: { versionId: museum.id } })) === 0) {
    // The 1.2.1 launch: a window from three days ago to eleven days ahead, targets halved.
    const now = Date.now();
    await db.hypercareWindow.create({ data: { versionId: museum.id, startsAt: new Date(now - 3 * DAY), endsAt: new Date(now + 11 * DAY), factor: 0.5, createdById: admin.id } });
  }
  clearRoutingCache();
  clearHypercareCache();
}
