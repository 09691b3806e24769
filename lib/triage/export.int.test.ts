import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { createPeople, type People } from "../../test/people";
import { db } from "../db";
import { NotFound } from "../errors";
import { exportQueue, neutralizeFormula } from "./export";
import { queueQuerySchema } from "./queue-query";

// Items carry a label unique to this run, so other test files' items stay out of the export.
const tag = `exp${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const people = {} as People;
const query = (extra: Record<string, string> = {}) => queueQuerySchema.parse({ label: tag, sort: "oldest", ...extra });
const rowsOf = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

beforeAll(async () => {
  Object.assign(people, await createPeople(`export-${tag}`));
  const base = { kind: "report" as const, status: "new" as const, labels: [tag] };
  await db.triageItem.create({ data: { ...base, visibility: "public", title: '=HYPERLINK("https://evil.example","Click")', createdAt: new Date(Date.now() - 3000), affectedCount: 4, affectedApps: 2 } });
  await db.triageItem.create({ data: { ...base, visibility: "security", title: `Leaked live key ${tag}`, createdAt: new Date(Date.now() - 2000) } });
  await db.triageItem.create({ data: { ...base, visibility: "private", title: "-2+3 totals are wrong", createdAt: new Date(Date.now() - 1000), priority: "high", category: "bug" } });
}, 120_000);

describe("CSV export of the queue", () => {
  it("leaves security items out for a triager and names the file by date", async () => {
    const exported = await exportQueue(people.triager, query(), { now: new Date("2026-11-27T10:00:00Z") });
    expect(exported.filename).toBe("triage-2026-11-27.csv");
    expect(exported.rows).toBe(2);
    expect(exported.csv).not.toContain("Leaked live key");
    const rows = rowsOf(exported.csv);
    expect(Object.keys(rows[0]!)).toEqual(["number", "kind", "title", "api", "version", "operation", "category", "priority", "status", "assignee", "team", "SLA due", "affected", "affected apps", "created"]);
    expect(rows[1]).toMatchObject({ priority: "High", category: "Bug", status: "New" });
    expect(rows[0]).toMatchObject({ affected: "4", "affected apps": "2" });
  });

  it("includes security items for security staff and admins", async () => {
    for (const who of ["security", "admin"] as const) {
      const exported = await exportQueue(people[who], query());
      expect(exported.rows).toBe(3);
      expect(rowsOf(exported.csv).map((r) => r.title)).toContain(`Leaked live key ${tag}`);
    }
  });

  it("turns cells a spreadsheet would run as formulas into text", async () => {
    const titles = rowsOf((await exportQueue(people.triager, query())).csv).map((r) => r.title);
    expect(titles).toEqual(['\'=HYPERLINK("https://evil.example","Click")', "'-2+3 totals are wrong"]);
    expect(["+1", "@SUM(A1)", "\tx", "plain", "a=b"].map(neutralizeFormula)).toEqual(["'+1", "'@SUM(A1)", "'\tx", "plain", "a=b"]);
  });

  it("applies the view's filters and records who exported what", async () => {
    const exported = await exportQueue(people.triager, query({ priority: "high" }), { ip: "198.51.100.7" });
    expect(rowsOf(exported.csv).map((r) => r.title)).toEqual(["'-2+3 totals are wrong"]);
    const audit = await db.auditLog.findFirst({ where: { action: "triage.export", actorId: people.triager.id, ip: "198.51.100.7" }, orderBy: { createdAt: "desc" } });
    expect(audit?.data).toMatchObject({ rows: 1, truncated: false, filter: `priority=high&label=${tag}&sort=oldest` });
  });

  it("walks every page by keyset, beyond one chunk of 1,000 rows", async () => {
    const bulkTag = `${tag}-bulk`;
    await db.triageItem.createMany({ data: Array.from({ length: 1_005 }, (_, i) => ({ kind: "rating" as const, status: "new" as const, visibility: "public" as const, title: `Rating ${i}`, labels: [bulkTag] })) });
    const exported = await exportQueue(people.triager, queueQuerySchema.parse({ label: bulkTag, sort: "newest" }));
    expect(exported.rows).toBe(1_005);
    expect(new Set(rowsOf(exported.csv).map((r) => r.number)).size).toBe(1_005);
  });

  it("does not exist for developers", async () => {
    await expect(exportQueue(people.developer, query())).rejects.toBeInstanceOf(NotFound);
  });
});
