import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { Conflict, Invalid, NotFound, Unauthenticated } from "../errors";
import type { Actor } from "../auth/authorize";
import { importTestApi, makePeople, makeUser, runTag, type People } from "../notify/testing/fixtures";
import { changeReportStatus, replyToReport } from "./report-staff";
import { addReportComment } from "./report-updates";
import { createReport } from "./reports";

const tag = runTag();
const api = `staff-${tag}`;
const partnerApi = `staff-partner-${tag}`;
let people: People;

beforeAll(async () => {
  await importTestApi(api);
  await importTestApi(partnerApi, "partner");
  people = await makePeople(`staff-${tag}`);
}, 120_000);

async function fileReport(reporter: Actor, visibility: "public" | "private" | "security", title: string, apiSlug = api) {
  const { report } = await createReport(reporter, { title, description: "`GET /pet/3000000000` answers 500.", api: apiSlug, impact: "degraded", visibility });
  expect(report.visibility).toBe(visibility);
  return report;
}

const notificationsAbout = (reportId: string) => db.notification.findMany({ where: { url: `/reports/${reportId}` }, orderBy: { createdAt: "asc" } });
const emailsAbout = (reportId: string) => db.emailMessage.findMany({ where: { text: { contains: `/reports/${reportId}` } } });

describe("changeReportStatus", () => {
  it("records the change and a note, audits it, and tells the reporter and everyone it affects, but not the staff member", async () => {
    const report = await fileReport(people.developer, "public", `Public report for a status change (${tag})`);
    const bystander = await makeUser(tag, "developer", "bystander");
    await db.reportAffected.createMany({ data: [{ reportId: report.id, userId: people.developer2.id, appName: "Shop" }, { reportId: report.id, userId: people.triager.id }] });

    const updated = await changeReportStatus(people.triager, report.id, "in_progress", "We can reproduce it with **large ids**.", { ip: "203.0.113.9" });
    expect(updated.status).toBe("in_progress");
    expect(updated.timeline.slice(-2)).toMatchObject([
      { kind: "status_change", fromStatus: "open", toStatus: "in_progress", by: people.triager.name },
      { kind: "comment", body: "We can reproduce it with **large ids**.", by: people.triager.name },
    ]);

    const notified = await notificationsAbout(report.id);
    expect(notified.map((n) => n.userId).sort()).toEqual([people.developer.id, people.developer2.id].sort());
    expect(notified.every((n) => n.userId !== bystander.id && n.userId !== people.triager.id)).toBe(true);
    expect(notified[0]).toMatchObject({ kind: "report_status", readAt: null });
    expect(notified[0]!.title).toContain(`#${report.number}`);
    expect(notified[0]!.title).toContain("In progress");
    expect(notified[0]!.body).toBe("We can reproduce it with large ids.");

    const emails = await emailsAbout(report.id);
    expect(emails.map((e) => e.to).sort()).toEqual([people.developer.email, people.developer2.email].sort());
    expect(emails[0]).toMatchObject({ status: "pending", subject: `Report #${report.number} is now In progress` });

    const item = await db.triageItem.findUniqueOrThrow({ where: { reportId: report.id } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: item.id, action: "triage.item.update" } });
    expect(audit).toMatchObject({ actorId: people.triager.id, ip: "203.0.113.9", data: { number: item.number, changes: [{ kind: "status", from: "new", to: "in_progress" }] } });
  });

  it("tells only the reporter about a private report", async () => {
    const report = await fileReport(people.developer, "private", `Private report for a status change (${tag})`);
    await changeReportStatus(people.admin, report.id, "waiting_on_reporter");
    expect((await notificationsAbout(report.id)).map((n) => n.userId)).toEqual([people.developer.id]);
  });

  it("keeps security reports to the reporter, security staff and admins, who alone may change them", async () => {
    const report = await fileReport(people.developer, "security", `Token leaked in the error page (${tag})`);
    for (const outsider of [people.triager, people.developer2, people.partner]) {
      await expect(changeReportStatus(outsider, report.id, "resolved"), outsider.role).rejects.toBeInstanceOf(NotFound);
      await expect(replyToReport(outsider, report.id, "x"), outsider.role).rejects.toBeInstanceOf(NotFound);
    }
    await changeReportStatus(people.security, report.id, "in_progress");
    await replyToReport(people.admin, report.id, "The token was rotated; thanks.");
    const notified = await notificationsAbout(report.id);
    // The reporter hears of both; nobody else of anything.
    expect(notified.map((n) => n.userId)).toEqual([people.developer.id, people.developer.id]);
    for (const email of await db.emailMessage.findMany({ where: { userId: { in: [people.developer.id, people.security.id] }, text: { contains: `/reports/${report.id}` } } })) {
      expect(`${email.subject}\n${email.text}`).not.toContain("Token leaked");
      expect(email.text).not.toContain("rotated");
    }
  });

  it("refuses visitors, developers and partners as if the report did not exist", async () => {
    const report = await fileReport(people.developer, "public", `Public report others try to change (${tag})`);
    await expect(changeReportStatus(null, report.id, "closed")).rejects.toBeInstanceOf(Unauthenticated);
    for (const who of [people.developer, people.developer2, people.partner]) {
      await expect(changeReportStatus(who, report.id, "closed"), who.role).rejects.toBeInstanceOf(NotFound);
      await expect(replyToReport(who, report.id, "Fixed!"), who.role).rejects.toBeInstanceOf(NotFound);
    }
    await expect(changeReportStatus(people.admin, "c0000000000000000000000000", "closed")).rejects.toBeInstanceOf(NotFound);
    expect((await db.issueReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("open");
    expect(await notificationsAbout(report.id)).toHaveLength(0);
  });

  it("refuses an unknown status or an oversized note with field messages", async () => {
    const report = await fileReport(people.developer, "private", `Report with a bad status change (${tag})`);
    const bad = await changeReportStatus(people.triager, report.id, "done").catch((e: unknown) => e);
    expect((bad as Invalid).fieldErrors.status?.[0]).toMatch(/open, in_progress/);
    const long = await changeReportStatus(people.triager, report.id, "resolved", "x".repeat(10_001)).catch((e: unknown) => e);
    expect((long as Invalid).fieldErrors.note).toBeDefined();
  });

  it("does nothing for the status it already has; a note alone is a reply", async () => {
    const report = await fileReport(people.developer, "private", `Report set to the same status (${tag})`);
    await changeReportStatus(people.triager, report.id, "open");
    expect(await notificationsAbout(report.id)).toHaveLength(0);
    expect(await db.reportEvent.count({ where: { reportId: report.id } })).toBe(1);
    const withNote = await changeReportStatus(people.triager, report.id, "open", "Still looking.");
    expect(withNote.timeline.at(-1)).toMatchObject({ kind: "comment", body: "Still looking." });
    expect((await notificationsAbout(report.id)).map((n) => n.kind)).toEqual(["report_reply"]);
  });

  it("closes (setting closedAt) for good; a resolved report reopens, and resolving needs a note", async () => {
    const report = await fileReport(people.developer, "private", `Report closed by staff (${tag})`);
    await changeReportStatus(people.triager, report.id, "closed");
    expect((await db.issueReport.findUniqueOrThrow({ where: { id: report.id } })).closedAt).not.toBeNull();
    await expect(replyToReport(people.triager, report.id, "One more thing")).rejects.toBeInstanceOf(Conflict);
    await expect(changeReportStatus(people.triager, report.id, "open")).rejects.toBeInstanceOf(Conflict);

    const other = await fileReport(people.developer, "private", `Report resolved by staff (${tag})`);
    await expect(changeReportStatus(people.triager, other.id, "resolved")).rejects.toThrow(/resolution note/);
    await changeReportStatus(people.triager, other.id, "resolved", "Fixed in 1.0.28.");
    expect((await changeReportStatus(people.triager, other.id, "in_progress")).status).toBe("in_progress");
  });

  it("leaves out affected developers who can no longer see a partner-only API", async () => {
    const report = await fileReport(people.partner, "public", `Public report on a partner API (${tag})`, partnerApi);
    const formerPartner = await makeUser(tag, "developer", "former-partner");
    const partner2 = await makeUser(tag, "partner", "partner2");
    await db.reportAffected.createMany({ data: [{ reportId: report.id, userId: formerPartner.id }, { reportId: report.id, userId: partner2.id }] });
    await changeReportStatus(people.triager, report.id, "resolved", "Fixed.");
    expect((await notificationsAbout(report.id)).map((n) => n.userId).sort()).toEqual([people.partner.id, partner2.id].sort());
  });
});

describe("replyToReport", () => {
  it("adds a public reply, audits it, and notifies the reporter and the affected", async () => {
    const report = await fileReport(people.developer, "public", `Public report answered by staff (${tag})`);
    await db.reportAffected.create({ data: { reportId: report.id, userId: people.developer2.id } });
    const updated = await replyToReport(people.security, report.id, "Use `?strict=false` until **1.0.28**.", { ip: "198.51.100.4" });
    expect(updated.timeline.at(-1)).toMatchObject({ kind: "comment", body: "Use `?strict=false` until **1.0.28**.", by: people.security.name });
    const notified = await notificationsAbout(report.id);
    expect(notified.map((n) => n.userId).sort()).toEqual([people.developer.id, people.developer2.id].sort());
    expect(notified[0]).toMatchObject({ kind: "report_reply", body: "Use ?strict=false until 1.0.28." });
    expect((await emailsAbout(report.id)).every((e) => e.text.includes("Use ?strict=false until 1.0.28."))).toBe(true);
    const item = await db.triageItem.findUniqueOrThrow({ where: { reportId: report.id } });
    expect(await db.auditLog.count({ where: { targetId: item.id, action: "triage.reply", actorId: people.security.id, ip: "198.51.100.4" } })).toBe(1);
    expect(item.firstResponseAt).not.toBeNull();
  });

  it("refuses an empty or oversized reply with a field message", async () => {
    const report = await fileReport(people.developer, "private", `Report with an empty reply (${tag})`);
    const empty = await replyToReport(people.triager, report.id, "   ").catch((e: unknown) => e);
    expect((empty as Invalid).fieldErrors.body?.[0]).toBe("Write a comment.");
    const long = await replyToReport(people.triager, report.id, "x".repeat(10_001)).catch((e: unknown) => e);
    expect((long as Invalid).fieldErrors.body).toBeDefined();
  });

  it("is the same timeline entry as a comment staff add on the report page", async () => {
    const report = await fileReport(people.developer, "private", `Report commented by staff (${tag})`);
    const viaPage = await addReportComment(people.triager, report.id, { body: "Via the page." });
    const viaApi = await replyToReport(people.triager, report.id, "Via the staff API.");
    const [a, b] = viaApi.timeline.slice(-2);
    expect(viaPage.timeline.at(-1)).toMatchObject({ kind: a!.kind, by: a!.by });
    expect(b).toMatchObject({ kind: "comment", body: "Via the staff API." });
  });
});
