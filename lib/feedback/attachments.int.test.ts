import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { Conflict, Invalid, NotFound, RateLimited, Unauthenticated } from "../errors";
import { systemActor, type Actor } from "../auth/authorize";
import { importApiVersion } from "../catalog/import-version";
import { readSourceFromPath } from "../catalog/import/source-files";
import { markAffected, unmarkAffected } from "./affected";
import { addAttachments, deleteAttachment, getAttachment } from "./attachments";
import { addReportComment, closeOwnReport } from "./report-updates";
import { createReport, fileReport, getReport, listKnownIssues } from "./reports";
import { createPeople, type People } from "../../test/people";

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const api = `att-${tag}`;
const people = {} as People;
const petstore = () => readSourceFromPath(fileURLToPath(new URL("../../prisma/demo/openapi/petstore.yaml", import.meta.url)));
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde]);
const text = (s: string) => new TextEncoder().encode(s);
const file = (name: string, bytes: Uint8Array) => ({ name, bytes });

async function newReport(by: Actor, visibility: "public" | "private" | "security" = "private") {
  const { report } = await createReport(by, { title: `Calls fail with 500 (${visibility})`, description: "Every call to getPetById fails.", api, version: "v1", operation: "getPetById", impact: "blocking", visibility });
  return report;
}

beforeAll(async () => {
  await importApiVersion(systemActor("test"), { api, version: "v1" }, petstore());
  Object.assign(people, await createPeople(tag));
}, 120_000);

describe("report attachments", () => {
  it("stores a screenshot and a log for the reporter, and shows them to him and to staff only", async () => {
    const report = await newReport(people.developer, "public");
    const stored = await addAttachments(people.developer, report.id, [file("shot.png", PNG), file("../../etc/run\u0007.log", text("GET /pet/1 -> 500\n"))]);
    expect(stored.map((a) => [a.fileName, a.contentType])).toEqual([["shot.png", "image/png"], ["run.log", "text/plain"]]);

    const png = await getAttachment(people.developer, stored[0]!.id);
    expect(Buffer.from(png.data).equals(Buffer.from(PNG))).toBe(true);
    await expect(getAttachment(people.triager, stored[1]!.id)).resolves.toMatchObject({ fileName: "run.log" });
    // Public report, but its files are not: they tend to hold tokens.
    await expect(getAttachment(people.developer2, stored[0]!.id)).rejects.toBeInstanceOf(NotFound);
    await expect(getAttachment(null, stored[0]!.id)).rejects.toBeInstanceOf(NotFound);
    expect((await getReport(people.developer2, report.id)).attachments).toEqual([]);
    expect((await getReport(people.developer, report.id)).attachments).toHaveLength(2);
  });

  it("keeps a security report's files from triagers", async () => {
    const report = await newReport(people.developer, "security");
    const [stored] = await addAttachments(people.developer, report.id, [file("poc.txt", text("token=abc"))]);
    await expect(getAttachment(people.triager, stored!.id)).rejects.toBeInstanceOf(NotFound);
    await expect(getAttachment(people.security, stored!.id)).resolves.toMatchObject({ fileName: "poc.txt" });
    await expect(addAttachments(people.triager, report.id, [file("x.txt", text("x"))])).rejects.toBeInstanceOf(NotFound);
  });

  it("refuses other people, kinds of files it does not accept, and more than three", async () => {
    const report = await newReport(people.developer);
    await expect(addAttachments(null, report.id, [file("a.txt", text("a"))])).rejects.toBeInstanceOf(Unauthenticated);
    await expect(addAttachments(people.developer2, report.id, [file("a.txt", text("a"))])).rejects.toBeInstanceOf(NotFound);
    const refused = async (f: { name: string; bytes: Uint8Array }) => {
      const error = await addAttachments(people.developer, report.id, [f]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Invalid);
      return (error as Invalid).fieldErrors.files?.[0];
    };
    expect(await refused(file("x.svg", text("<svg onload=alert(1)>")))).toMatch(/cannot be attached/);
    expect(await refused(file("app.log", Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0])))).toMatch(/cannot be attached/); // a Windows program
    expect(await refused(file("x.log", Uint8Array.from([0x61, 0x00, 0x62])))).toMatch(/not text/);
    expect(await refused(file("x.txt", Uint8Array.from([0x61, 0xc3, 0x28])))).toMatch(/not UTF-8/);
    expect(await refused(file("broken.har", text("{ not json")))).toMatch(/not valid JSON/);
    expect(await refused(file("big.log", new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61)))).toMatch(/larger than 5 MB/);
    expect(await refused(file("empty.txt", new Uint8Array()))).toMatch(/empty/);

    await addAttachments(people.developer, report.id, [file("1.txt", text("1")), file("2.txt", text("2"))]);
    const tooMany = await addAttachments(people.developer, report.id, [file("3.txt", text("3")), file("4.txt", text("4"))]).catch((e: unknown) => e);
    expect(tooMany).toBeInstanceOf(Invalid);
    expect((tooMany as Invalid).fieldErrors.files?.[0]).toMatch(/at most 3 files; there is room for 1 more/);
    expect(await db.reportAttachment.count({ where: { reportId: report.id } })).toBe(2); // all or none
  });

  it("lets the uploader remove a file while the report is open, and nobody else but staff", async () => {
    const report = await newReport(people.developer);
    const [a, b] = await addAttachments(people.developer, report.id, [file("a.txt", text("a")), file("b.txt", text("b"))]);
    await expect(deleteAttachment(people.developer2, a!.id)).rejects.toBeInstanceOf(NotFound);
    await deleteAttachment(people.developer, a!.id);
    await expect(getAttachment(people.developer, a!.id)).rejects.toBeInstanceOf(NotFound);
    await deleteAttachment(people.admin, b!.id);
    expect(await db.auditLog.count({ where: { action: "report.attachment.delete", targetId: report.id } })).toBe(1);
    await closeOwnReport(people.developer, report.id);
    await expect(addAttachments(people.developer, report.id, [file("c.txt", text("c"))])).rejects.toBeInstanceOf(Conflict);
  });
});

describe("the hourly report allowance", () => {
  it("refuses the 31st report of the hour with the wait until the oldest leaves the window", async () => {
    const busy = await db.user.create({ data: { email: `busy-${tag}@example.com`, role: "developer" }, select: { id: true, email: true, name: true, role: true } });
    for (let i = 0; i < 30; i++) await fileReport(busy, { title: `Report number ${i}`, description: "x", api, impact: "minor" });
    const refused = await fileReport(busy, { title: "One too many", description: "x", api, impact: "minor" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimited);
    expect((refused as RateLimited).retryAfterSeconds).toBeGreaterThan(3_500);
    expect((refused as RateLimited).retryAfterSeconds).toBeLessThanOrEqual(3_600);
    expect(await db.issueReport.count({ where: { reporterId: busy.id } })).toBe(30);
  });
});

describe("affects me too", () => {
  it("keeps affected developers told: a staff comment and the reporter closing the report reach them", async () => {
    const report = await newReport(people.developer, "public");
    await markAffected(people.developer2, report.id, { app: "Shop" });
    await addReportComment(people.triager, report.id, { body: "We can reproduce it; a fix is on the way." });
    await closeOwnReport(people.developer, report.id);
    const kinds = async (who: Actor) => (await db.notification.findMany({ where: { userId: who.id, url: `/reports/${report.id}` }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);
    expect(await kinds(people.developer2)).toEqual(["report_reply", "report_status"]);
    expect(await kinds(people.developer)).toEqual(["report_reply"]); // not told about his own closing
    const item = await db.triageItem.findUniqueOrThrow({ where: { reportId: report.id } });
    expect(await db.auditLog.count({ where: { action: "triage.reply", targetId: item.id } })).toBe(1);
    expect(item).toMatchObject({ affectedCount: 1, affectedApps: 1, status: "closed" });
  });

  it("counts other developers and their distinct apps on a public report, and lists it as a known issue", async () => {
    const report = await newReport(people.developer, "public");
    expect(await markAffected(people.developer2, report.id, { app: "Checkout" })).toEqual({ count: 1, apps: 1, you: true, yourApp: "Checkout" });
    expect(await markAffected(people.partner, report.id, { app: "checkout " })).toMatchObject({ count: 2, apps: 1 });
    expect(await markAffected(people.developer2, report.id, { app: "Billing" })).toMatchObject({ count: 2, apps: 2, yourApp: "Billing" });
    expect((await getReport(null, report.id)).affected).toEqual({ count: 2, apps: 2, you: false, yourApp: null });
    const known = await listKnownIssues(api, "getPetById", 50);
    expect(known.find((k) => k.id === report.id)).toMatchObject({ affected: 2 });
    expect(await unmarkAffected(people.developer2, report.id)).toMatchObject({ count: 1, you: false });
  });

  it("is refused on your own report, private and security reports, and resolved ones", async () => {
    const own = await newReport(people.developer, "public");
    await expect(markAffected(people.developer, own.id, {})).rejects.toBeInstanceOf(Conflict);
    const privateReport = await newReport(people.developer, "private");
    await expect(markAffected(people.developer2, privateReport.id, {})).rejects.toBeInstanceOf(NotFound);
    await expect(markAffected(people.triager, privateReport.id, {})).rejects.toBeInstanceOf(Conflict);
    const security = await newReport(people.developer, "security");
    await expect(markAffected(people.developer2, security.id, {})).rejects.toBeInstanceOf(NotFound);
    await expect(markAffected(null, own.id, {})).rejects.toBeInstanceOf(Unauthenticated);
    await expect(markAffected(people.developer2, own.id, { app: "x".repeat(101) })).rejects.toBeInstanceOf(Invalid);
    await closeOwnReport(people.developer, own.id);
    await expect(markAffected(people.developer2, own.id, {})).rejects.toBeInstanceOf(Conflict);
    expect((await listKnownIssues(api, "getPetById", 50)).some((k) => k.id === own.id || k.id === privateReport.id || k.id === security.id)).toBe(false);
  });
});
