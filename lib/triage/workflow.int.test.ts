import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/authorize";
import { db } from "../db";
import { Conflict, Invalid, NotFound } from "../errors";
import { addReportComment } from "../feedback/report-updates";
import { createReport } from "../feedback/reports";
import { importTestApi, makePeople, runTag, type People } from "../notify/testing/fixtures";
import { queueQuerySchema } from "./queue-query";
import { addInternalNote, replyPublicly } from "./answers";
import { recordBreaches } from "./breaches";
import { checkNewItemsForDuplicates } from "./duplicate-check";
import { mergeItems } from "./merge";
import { countQueue, listQueue } from "./queue";
import { updateItem, updateItems } from "./update";

const tag = runTag();
const api = `triage-${tag}`;
let people: People;

beforeAll(async () => {
  await importTestApi(api);
  people = await makePeople(`triage-${tag}`);
}, 120_000);

async function file(reporter: Actor, title: string, description: string, visibility: "public" | "private" | "security" = "public", impact = "degraded") {
  const { report } = await createReport(reporter, { title, description, api, impact, visibility });
  const item = await db.triageItem.findUniqueOrThrow({ where: { reportId: report.id } });
  return { report, item };
}

const query = (q: string) => queueQuerySchema.parse(Object.fromEntries(new URLSearchParams(q)));

describe("intake", () => {
  it("gives every new report a category with its confidence, a suggested severity with reasons, a priority, a team and a running first-response clock", async () => {
    const { item } = await file(people.developer, `Production down: every request to /pet fails with 500 (${tag})`, "Since 09:00 all requests fail with HTTP 500.", "public", "blocking");
    expect(item.category).toBe("bug");
    expect(item.categoryConfidence).toBeGreaterThan(0);
    expect(item.categoryByStaff).toBe(false);
    expect(item.suggestedSeverity).toBe("critical");
    expect(item.severityReasons.join(" ")).toMatch(/production down/i);
    expect(item.priority).not.toBeNull();
    expect(item.status).toBe("new");
    expect(item.slaDueAt).not.toBeNull();
    expect(item.slaDueAt!.getTime()).toBe(item.responseDueAt!.getTime());
    expect(item.responseDueAt!.getTime()).toBeGreaterThan(item.createdAt.getTime());
    const created = await db.triageEvent.findFirstOrThrow({ where: { itemId: item.id, kind: "created" } });
    expect(created.data).toMatchObject({ category: "bug", suggestedSeverity: "critical" });
  });
});

describe("workflow", () => {
  it("refuses moves that are not allowed and resolving without a note; a resolution reaches the reporter, stops the clock and is audited", async () => {
    const { report, item } = await file(people.developer, `Pagination returns duplicates (${tag})`, "Page 2 repeats items of page 1.", "private");
    await expect(updateItem(people.triager, item.id, { status: "resolved" })).rejects.toBeInstanceOf(Conflict);
    await expect(updateItem(people.triager, item.id, { status: "sideways" })).rejects.toBeInstanceOf(Invalid);
    await updateItem(people.triager, item.id, { status: "triaged", category: "bug", severity: "major", impactScope: "many", assigneeId: people.triager.id });
    let stored = await db.triageItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored).toMatchObject({ status: "triaged", priority: "high", severity: "major", impactScope: "many", categoryByStaff: true, categoryConfidence: null, assigneeId: people.triager.id });
    await updateItem(people.triager, item.id, { status: "resolved", resolutionNote: "Fixed in **1.0.28**: cursors are stable now." });
    stored = await db.triageItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored.status).toBe("resolved");
    expect(stored.resolvedAt).not.toBeNull();
    expect(stored.firstResponseAt).not.toBeNull();
    expect(stored.slaDueAt).toBeNull();
    const reportNow = await db.issueReport.findUniqueOrThrow({ where: { id: report.id }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(reportNow.status).toBe("resolved");
    expect(reportNow.events.at(-1)).toMatchObject({ kind: "comment", body: "Fixed in **1.0.28**: cursors are stable now." });
    const told = await db.notification.findMany({ where: { userId: people.developer.id, url: `/reports/${report.id}` } });
    expect(told.map((n) => n.title).join("\n")).toMatch(/Resolved/);
    expect(await db.auditLog.count({ where: { targetId: item.id, action: "triage.item.update" } })).toBe(2);

    // The reporter's comment within 14 days reopens it.
    await addReportComment(people.developer, report.id, { body: "Still happens on page 3." });
    expect((await db.triageItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("in_progress");
    expect((await db.issueReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("in_progress");
  });

  it("pauses the clock while waiting on the reporter and resumes it when he answers", async () => {
    const { report, item } = await file(people.developer, `Which scope for /orders? (${tag})`, "Every call to /orders fails with 403 in production.", "private", "blocking");
    await updateItem(people.triager, item.id, { status: "waiting_on_reporter" });
    const paused = await db.triageItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(paused.pausedAt).not.toBeNull();
    expect(paused.slaDueAt).toBeNull();
    await addReportComment(people.developer, report.id, { body: "Here is the request id: abc-123." });
    const resumed = await db.triageItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(resumed.status).toBe("in_progress");
    expect(resumed.pausedAt).toBeNull();
    expect(resumed.slaDueAt).not.toBeNull();
  });

  it("keeps notes internal, counts a public reply as the first response, and refuses replies on ratings", async () => {
    const { report, item } = await file(people.developer, `Typo in the webhook docs (${tag})`, "It says sigature.", "public", "minor");
    await addInternalNote(people.triager, item.id, { body: "Docs team owns this." });
    expect(await db.reportEvent.count({ where: { reportId: report.id, body: "Docs team owns this." } })).toBe(0);
    await replyPublicly(people.triager, item.id, { body: "Thanks, fixing it." });
    expect((await db.triageItem.findUniqueOrThrow({ where: { id: item.id } })).firstResponseAt).not.toBeNull();
    expect(await db.reportEvent.count({ where: { reportId: report.id, body: "Thanks, fixing it." } })).toBe(1);
  });

  it("assigns security items only to security staff and admins", async () => {
    const { item } = await file(people.developer, `API key shown in the error page (${tag})`, "The error page prints my secret key.", "security");
    await expect(updateItem(people.security, item.id, { assigneeId: people.triager.id })).rejects.toBeInstanceOf(Invalid);
    await updateItem(people.security, item.id, { assigneeId: people.security.id });
  });

  it("applies bulk changes item by item and names the ones refused", async () => {
    const a = await file(people.developer, `Bulk one (${tag})`, "First.");
    const b = await file(people.developer, `Bulk two (${tag})`, "Second.");
    await updateItem(people.triager, b.item.id, { status: "closed" });
    const result = await updateItems(people.triager, [a.item.id, b.item.id], { status: "in_progress", addLabels: ["launch"] });
    expect(result.updated).toBe(1);
    expect(result.refused).toEqual([{ id: b.item.id, reason: expect.stringMatching(/Closed/i) }]);
    expect((await db.triageItem.findUniqueOrThrow({ where: { id: a.item.id } })).labels).toEqual(["launch"]);
  });
});

describe("merge", () => {
  it("closes the duplicate with a link, moves followers and attachments to the canonical report and tells both reporters once", async () => {
    const canonical = await file(people.developer, `Rate limit headers missing (${tag})`, "No X-RateLimit-Remaining header on 429.");
    const duplicate = await file(people.developer2, `429 without rate limit headers (${tag})`, "The 429 answer has no X-RateLimit headers.");
    await db.reportAffected.create({ data: { reportId: duplicate.report.id, userId: people.partner.id, appName: "Shop" } });
    await mergeItems(people.triager, duplicate.item.id, `T-${canonical.item.number}`);

    const dup = await db.triageItem.findUniqueOrThrow({ where: { id: duplicate.item.id } });
    expect(dup).toMatchObject({ status: "duplicate", mergedIntoId: canonical.item.id });
    expect((await db.issueReport.findUniqueOrThrow({ where: { id: duplicate.report.id } })).status).toBe("duplicate");
    const affected = await db.reportAffected.findMany({ where: { reportId: canonical.report.id } });
    expect(affected.map((a) => a.userId).sort()).toEqual([people.developer2.id, people.partner.id].sort());
    expect((await db.triageItem.findUniqueOrThrow({ where: { id: canonical.item.id } })).affectedCount).toBe(2);

    const mergedNotices = await db.notification.findMany({ where: { kind: "report_merged", userId: { in: [people.developer.id, people.developer2.id, people.partner.id] }, title: { contains: `#${duplicate.report.number}` } } });
    expect(mergedNotices.map((n) => n.userId).sort()).toEqual([people.developer.id, people.developer2.id, people.partner.id].sort());

    await expect(mergeItems(people.triager, duplicate.item.id, canonical.item.id)).rejects.toBeInstanceOf(Conflict);
    await expect(mergeItems(people.triager, canonical.item.id, canonical.item.id)).rejects.toBeInstanceOf(Conflict);
  });

  it("does not merge a security item with another kind", async () => {
    const secret = await file(people.developer, `Token leaks in logs (${tag})`, "Access tokens are written to the access log.", "security");
    const open = await file(people.developer, `Logs are verbose (${tag})`, "Too much logging.");
    await expect(mergeItems(people.security, secret.item.id, open.item.id)).rejects.toBeInstanceOf(Conflict);
  });
});

describe("queue and security", () => {
  it("never shows security items to triagers: list, count, search and direct access", async () => {
    const secret = await file(people.developer, `SQL injection in search ${tag}`, "The q parameter is injectable.", "security");
    const triagerList = await listQueue(people.triager, query(`q=${tag}&limit=200`));
    expect(triagerList.items.some((i) => i.id === secret.item.id)).toBe(false);
    expect((await countQueue(people.triager, query(`q=T-${secret.item.number}`))).count).toBe(0);
    await expect(updateItem(people.triager, secret.item.id, { status: "triaged" })).rejects.toBeInstanceOf(NotFound);
    const securityList = await listQueue(people.security, query(`q=T-${secret.item.number}`));
    expect(securityList.items.map((i) => i.id)).toEqual([secret.item.id]);
    await expect(listQueue(people.developer, query(""))).rejects.toBeInstanceOf(NotFound);
  });

  it("filters by status, with open standing for every status someone still has to act on", async () => {
    const open = await file(people.developer, `Statusfilter open ${tag}`, "Still open.");
    const closed = await file(people.developer, `Statusfilter closed ${tag}`, "Done.");
    await updateItem(people.triager, closed.item.id, { status: "closed" });
    const ids = async (q: string) => (await listQueue(people.admin, query(`q=statusfilter ${tag}&${q}`))).items.map((i) => i.id);
    expect(await ids("status=open")).toEqual([open.item.id]);
    expect(await ids("status=closed")).toEqual([closed.item.id]);
    expect((await ids("")).sort()).toEqual([open.item.id, closed.item.id].sort());
  });

  it("pages with a keyset cursor without repeating or skipping items", async () => {
    for (let i = 0; i < 5; i++) await file(people.developer2, `Cursorcheck item ${i} ${tag}`, `Cursorcheck body ${i}`);
    const seen: number[] = [];
    let after: string | undefined;
    do {
      const page = await listQueue(people.admin, query(`q=cursorcheck ${tag}&sort=newest&limit=2${after ? `&after=${after}` : ""}`));
      seen.push(...page.items.map((i) => i.number));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(seen).toHaveLength(5);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    await expect(listQueue(people.admin, query("after=garbage"))).rejects.toBeInstanceOf(Invalid);
  });
});

describe("duplicates on intake", () => {
  it("points a new item at the earlier one it most likely repeats, never at a security item it may not reveal", async () => {
    const secret = await file(people.developer, `Quasarflux tokens returned in plain text ${tag}`, "The quasarflux endpoint returns tokens in plain text with status 500.", "security");
    const first = await file(people.developer, `Quasarflux endpoint answers 500 ${tag}`, "GET /quasarflux answers HTTP 500 with error code ERR_QUASAR.");
    const second = await file(people.developer2, `Quasarflux endpoint answers 500 again ${tag}`, "Calling GET /quasarflux gives HTTP 500, error ERR_QUASAR.");
    // Every unchecked item of the shared test database, so ours are surely among them.
    const result = await checkNewItemsForDuplicates(new Date(), 100_000);
    expect(result.checked).toBeGreaterThanOrEqual(3);
    const [a, b, s] = await Promise.all([first, second, secret].map((x) => db.triageItem.findUniqueOrThrow({ where: { id: x.item.id } })));
    expect(b!.possibleDuplicateId).toBe(first.item.id);
    expect(b!.possibleDuplicateScore).toBeGreaterThanOrEqual(0.5);
    expect(a!.possibleDuplicateId).not.toBe(secret.item.id);
    expect(s!.duplicateCheckedAt).not.toBeNull();
    const row = (await listQueue(people.triager, query(`q=T-${second.item.number}`))).items[0]!;
    expect(row.possibleDuplicate).toEqual({ number: first.item.number, score: b!.possibleDuplicateScore });
  });
});

describe("SLA breaches", () => {
  it("records a breach once, on the timeline, and tells the assignee", async () => {
    const { item } = await file(people.developer, `Slow answers from /inventory (${tag})`, "Takes 10 s.");
    await updateItem(people.admin, item.id, { assigneeId: people.triager.id });
    const later = new Date(Date.now() + 10 * 24 * 3600_000);
    await recordBreaches(later);
    await recordBreaches(later);
    const stored = await db.triageItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored.responseBreachedAt).not.toBeNull();
    expect(await db.triageEvent.count({ where: { itemId: item.id, kind: "breach" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: people.triager.id, kind: "triage_breach", url: `/admin/triage/${item.number}` } })).toBe(1);
  });

  it("tells only security staff and admins of a security item's breach, even in a team with triagers", async () => {
    const { item } = await file(people.developer, `Password reset link never expires (${tag})`, "Reset links work forever.", "security");
    const team = await db.team.create({ data: { slug: `mixed-${tag}`, name: `Mixed ${tag}`, members: { create: [{ userId: people.triager.id }, { userId: people.security.id }] } } });
    await db.triageItem.update({ where: { id: item.id }, data: { teamId: team.id } });
    await recordBreaches(new Date(Date.now() + 10 * 24 * 3600_000));
    const told = await db.notification.findMany({ where: { kind: "triage_breach", url: `/admin/triage/${item.number}` } });
    expect(told.map((n) => n.userId)).toEqual([people.security.id]);
  });
});
