import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { env } from "../env";
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from "../errors";
import { systemActor } from "../auth/authorize";
import type { Role } from "../auth/roles";
import { importApiVersion } from "../catalog/import-version";
import { readSourceFromPath } from "../catalog/import/source-files";
import { addReportComment, closeOwnReport } from "./report-updates";
import { filingTargets, targetKey } from "./filing-targets";
import { createReport, fileReport, getReport, listMyReports } from "./reports";
import { createPeople, type People } from "../../test/people";

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const api = `rep-${tag}`;
const partnerApi = `rep-partner-${tag}`;
const people = {} as People;
const petstore = () => readSourceFromPath(fileURLToPath(new URL("../../prisma/demo/openapi/petstore.yaml", import.meta.url)));
const report = (overrides: Record<string, unknown> = {}) => ({
  title: "getPetById answers 500 for ids above 2^31",
  description: "Calling `GET /pet/3000000000` fails with a 500 instead of 404.",
  api,
  version: "v1",
  operation: "getPetById",
  impact: "degraded",
  visibility: "private",
  ...overrides,
});

beforeAll(async () => {
  await importApiVersion(systemActor("test"), { api, version: "v1" }, petstore());
  await importApiVersion(systemActor("test"), { api: partnerApi, version: "v1", visibility: "partner" }, petstore());
  Object.assign(people, await createPeople(tag));
}, 120_000);

describe("createReport", () => {
  it("files a report with its context and starts its timeline", async () => {
    const { report: created, replayed } = await createReport(people.developer, report({ requestId: "req_123", environment: "Node 20, SDK 4.2" }), { userAgent: "Mozilla/5.0", locale: "en-GB" });
    expect(replayed).toBe(false);
    expect(created).toMatchObject({ status: "open", visibility: "private", impact: "degraded", operationSlug: "getPetById", versionLabel: "v1", requestId: "req_123" });
    expect(created.reporter.isYou).toBe(true);
    expect(created.timeline).toEqual([expect.objectContaining({ kind: "created", toStatus: "open" })]);
    const row = await db.issueReport.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ userAgent: "Mozilla/5.0", locale: "en-GB" });
  });

  it("creates one report for a retried request with the same Idempotency-Key, even when both arrive at once", async () => {
    const key = `key-${tag}-1`;
    const [a, b] = await Promise.all([createReport(people.developer, report(), { idempotencyKey: key }), createReport(people.developer, report(), { idempotencyKey: key })]);
    expect(a.report.id).toBe(b.report.id);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    const again = await createReport(people.developer, report(), { idempotencyKey: key });
    expect(again).toMatchObject({ replayed: true, report: { id: a.report.id } });
    expect(await db.issueReport.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("always treats a report about a vulnerability as a security report", async () => {
    const { report: created } = await createReport(people.developer, report({ title: "Stored XSS in pet names", visibility: "public" }));
    expect(created.visibility).toBe("security");
  });

  it("refuses visitors, unknown or hidden APIs, unknown operations and bad fields with field-level messages", async () => {
    await expect(createReport(null, report())).rejects.toBeInstanceOf(Unauthenticated);
    const hidden = await createReport(people.developer, report({ api: partnerApi })).catch((e: unknown) => e);
    expect((hidden as Invalid).fieldErrors.api).toBeDefined();
    const noOp = await createReport(people.developer, report({ operation: "nope" })).catch((e: unknown) => e);
    expect((noOp as Invalid).fieldErrors.operation?.[0]).toMatch(/No operation "nope"/);
    const bad = await createReport(people.developer, report({ title: "x", impact: "catastrophic" })).catch((e: unknown) => e);
    expect(Object.keys((bad as Invalid).fieldErrors).sort()).toEqual(["impact", "title"]);
    const key = await createReport(people.developer, report(), { idempotencyKey: "short" }).catch((e: unknown) => e);
    expect((key as Invalid).fieldErrors.idempotencyKey).toBeDefined();
  });

  it("files right when what it remembered of the API is out of date (a re-import), and remembers the new state", async () => {
    const key = targetKey(api, "v1", "getPetById");
    filingTargets.set(key, { apiId: "an-api-that-was-replaced", operation: { method: "GET", path: "/old/{id}" } });
    const { report: created } = await createReport(people.developer, report({ title: "Filed on a stale target" }));
    const stored = await db.issueReport.findUniqueOrThrow({ where: { id: created.id }, select: { api: { select: { slug: true } }, triageItem: { select: { apiId: true, priority: true } } } });
    expect(stored.api.slug).toBe(api);
    expect(stored.triageItem?.apiId).toBe((await db.api.findUniqueOrThrow({ where: { slug: api } })).id);
    expect(stored.triageItem?.priority).not.toBeNull();
    expect(filingTargets.get(key)).toEqual({ apiId: stored.triageItem!.apiId, operation: { method: "get", path: "/pet/{petId}" } });
    expect(await db.issueReport.count({ where: { title: "Filed on a stale target" } })).toBe(1);
  });

  it("refuses a valid session of an account that no longer exists", async () => {
    await expect(fileReport({ id: `deleted-${tag}` }, report())).rejects.toBeInstanceOf(Unauthenticated);
  });

  it("lets a partner report on a partner-only API", async () => {
    const { report: created } = await createReport(people.partner, report({ api: partnerApi }));
    expect(created.api.slug).toBe(partnerApi);
  });
});

describe("filing under load (filings that arrive together share one statement)", () => {
  const reporters = (n: number, prefix: string) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        db.user.create({ data: { email: `${prefix}${i}-${tag}@example.com`, role: "developer", name: `${prefix} ${i}` }, select: { id: true } }),
      ),
    );

  it("stores every one of many filings at once with its own reporter, timeline and triage item", async () => {
    const accounts = await reporters(30, "load");
    const filed = await Promise.all(accounts.map((a, i) => fileReport(a, report({ title: `Load report number ${i}`, visibility: i % 2 ? "public" : "private" }))));
    const stored = await db.issueReport.findMany({
      where: { id: { in: filed.map((f) => f.id) } },
      select: { id: true, number: true, title: true, reporterId: true, visibility: true, events: { select: { kind: true } }, triageItem: { select: { title: true, reporterId: true, priority: true, events: { select: { kind: true } } } } },
    });
    expect(stored).toHaveLength(30);
    filed.forEach((f, i) => {
      const row = stored.find((r) => r.id === f.id)!;
      expect(row).toMatchObject({ number: f.number, title: `Load report number ${i}`, reporterId: accounts[i]!.id, visibility: i % 2 ? "public" : "private" });
      expect(row.events.map((e) => e.kind)).toEqual(["created"]);
      expect(row.triageItem).toMatchObject({ title: row.title, reporterId: row.reporterId, events: [{ kind: "created" }] });
      expect(row.triageItem!.priority).not.toBeNull();
    });
    expect(new Set(filed.map((f) => f.number)).size).toBe(30);
  });

  it("keeps each filing's own answer: the refused ones among good ones get their own errors", async () => {
    const [a, b, c] = await reporters(3, "mixed");
    const outcomes = await Promise.allSettled([
      fileReport(a!, report({ title: "A good report in a mixed batch" })),
      fileReport({ id: `gone-${tag}` }, report()),
      fileReport(b!, report({ operation: "noSuchOperation" })),
      fileReport(c!, report({ title: "Another good report in the batch" })),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "rejected", "fulfilled"]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(Unauthenticated);
    expect(((outcomes[2] as PromiseRejectedResult).reason as Invalid).fieldErrors.operation?.[0]).toMatch(/No operation "noSuchOperation"/);
    expect(await db.issueReport.count({ where: { reporterId: { in: [a!.id, b!.id, c!.id] } } })).toBe(2);
  });

  it("stores the others when one filing makes the database refuse its statement", async () => {
    const [a, b] = await reporters(2, "poison");
    // Text with NUL never gets past the API (it answers 400), but here it reaches the database.
    const outcomes = await Promise.allSettled([
      fileReport(a!, report({ title: "Fine report before the bad one" })),
      fileReport(b!, report({ title: "Bad \u0000 report" })),
      fileReport(a!, report({ title: "Fine report after the bad one" })),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await db.issueReport.count({ where: { reporterId: a!.id } })).toBe(2);
    expect(await db.issueReport.count({ where: { reporterId: b!.id } })).toBe(0);
  });

  it("counts one reporter's filings sent at once against his hourly allowance", async () => {
    const [a] = await reporters(1, "burst");
    const limit = env.REPORTS_PER_HOUR;
    const outcomes = await Promise.allSettled(Array.from({ length: limit + 5 }, (_, i) => fileReport(a!, report({ title: `Burst report number ${i}` }))));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(limit);
    expect(outcomes.filter((o) => o.status === "rejected").map((o) => (o as PromiseRejectedResult).reason.constructor.name)).toEqual(Array(5).fill("RateLimited"));
    expect(await db.issueReport.count({ where: { reporterId: a!.id } })).toBe(limit);
  });
});

describe("who sees a report", () => {
  const cases: [string, "public" | "private" | "security", (Role | "developer2" | "visitor")[]][] = [
    ["public", "public", ["visitor", "developer", "developer2", "partner", "triager", "security", "admin"]],
    ["private", "private", ["developer", "triager", "security", "admin"]],
    ["security", "security", ["developer", "security", "admin"]],
  ];

  it.each(cases)("a %s report is visible to exactly the right people", async (_label, visibility, allowed) => {
    const { report: created } = await createReport(people.developer, report({ visibility, title: `A ${visibility} report about pets` }));
    for (const who of ["visitor", "developer", "developer2", "partner", "triager", "security", "admin"] as const) {
      const viewer = who === "visitor" ? null : people[who];
      const read = getReport(viewer, created.id);
      if (allowed.includes(who)) await expect(read, who).resolves.toMatchObject({ id: created.id });
      else await expect(read, who).rejects.toBeInstanceOf(NotFound);
    }
  });

  it("hides a public report on a partner-only API from developers and visitors", async () => {
    const { report: created } = await createReport(people.partner, report({ api: partnerApi, visibility: "public" }));
    await expect(getReport(people.developer, created.id)).rejects.toBeInstanceOf(NotFound);
    await expect(getReport(null, created.id)).rejects.toBeInstanceOf(NotFound);
    await expect(getReport(people.triager, created.id)).resolves.toBeTruthy();
  });

  it("answers 404 for an id that does not exist, like one that is hidden", async () => {
    await expect(getReport(people.admin, "c0000000000000000000000000")).rejects.toBeInstanceOf(NotFound);
  });

  it("lists only the caller's own reports under My reports", async () => {
    const mine = await listMyReports(people.developer2);
    expect(mine).toEqual([]);
    await createReport(people.developer2, report({ title: "Second developer's own report" }));
    const after = await listMyReports(people.developer2);
    expect(after.map((r) => r.title)).toEqual(["Second developer's own report"]);
    await expect(listMyReports(null)).rejects.toBeInstanceOf(Unauthenticated);
  });
});

describe("comments and closing", () => {
  it("lets the reporter and staff add information, shows it on the timeline, and refuses everyone else", async () => {
    const { report: created } = await createReport(people.developer, report({ title: "Comment thread report" }));
    const withComment = await addReportComment(people.developer, created.id, { body: "Also fails for id **0**." });
    expect(withComment.timeline.at(-1)).toMatchObject({ kind: "comment", body: "Also fails for id **0**.", by: "developer" });
    await expect(addReportComment(people.triager, created.id, { body: "Looking into it." })).resolves.toBeTruthy();
    await expect(addReportComment(people.developer2, created.id, { body: "me too" })).rejects.toBeInstanceOf(NotFound);
    const empty = await addReportComment(people.developer, created.id, { body: "  " }).catch((e: unknown) => e);
    expect((empty as Invalid).fieldErrors.body?.[0]).toBe("Write a comment.");
  });

  it("keeps a security report's comments from triagers", async () => {
    const { report: created } = await createReport(people.developer, report({ title: "Token leaked in logs", visibility: "security" }));
    await expect(addReportComment(people.triager, created.id, { body: "x" })).rejects.toBeInstanceOf(NotFound);
    await expect(addReportComment(people.security, created.id, { body: "Rotating the token now." })).resolves.toBeTruthy();
  });

  it("lets only the reporter close the report, records it, and takes no more comments", async () => {
    const { report: created } = await createReport(people.developer, report({ title: "Report to close" }));
    await expect(closeOwnReport(people.admin, created.id)).rejects.toBeInstanceOf(Forbidden);
    const closed = await closeOwnReport(people.developer, created.id);
    expect(closed.status).toBe("closed");
    expect(closed.timeline.at(-1)).toMatchObject({ kind: "status_change", fromStatus: "open", toStatus: "closed" });
    await expect(addReportComment(people.developer, created.id, { body: "one more thing" })).rejects.toBeInstanceOf(Conflict);
  });
});
