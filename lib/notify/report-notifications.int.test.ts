import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { notifyReportFollowers, reportFollowers, type NotifiedReport } from "./report-notifications";
import { importTestApi, makePeople, runTag, type People } from "./testing/fixtures";

// The audience rules the triage dashboard (merges) will reuse; status changes and replies are
// covered end to end in lib/feedback/report-staff.int.test.ts.
const tag = runTag();
const api = `follow-${tag}`;
let people: People;
let apiId: string;

beforeAll(async () => {
  await importTestApi(api);
  apiId = (await db.api.findUniqueOrThrow({ where: { slug: api } })).id;
  people = await makePeople(`follow-${tag}`);
}, 120_000);

async function report(visibility: "public" | "private" | "security", affected: string[]): Promise<NotifiedReport> {
  const row = await db.issueReport.create({
    data: { reporterId: people.developer.id, apiId, title: `Followed ${visibility} report (${tag})`, description: "x", impact: "minor", visibility, affected: { create: affected.map((userId) => ({ userId })) } },
    select: { id: true, number: true, title: true, reporterId: true, visibility: true },
  });
  return { ...row, apiVisibility: "public" };
}

describe("report followers", () => {
  it("are the reporter and, on public reports only, the developers it affects", async () => {
    const affected = [people.developer2.id, people.partner.id];
    const pub = await report("public", affected);
    expect((await db.$transaction((tx) => reportFollowers(tx, pub))).sort()).toEqual([people.developer.id, ...affected].sort());
    // Rows that should not exist on other kinds are ignored all the same.
    for (const visibility of ["private", "security"] as const) {
      const other = await report(visibility, affected);
      expect(await db.$transaction((tx) => reportFollowers(tx, other)), visibility).toEqual([people.developer.id]);
    }
  });

  it("hear of a merge, except the staff member who merged", async () => {
    const pub = await report("public", [people.developer2.id, people.admin.id]);
    const result = await db.$transaction((tx) => notifyReportFollowers(tx, pub, { kind: "merged", into: { number: 4242 } }, people.admin.id));
    expect(result.notified.sort()).toEqual([people.developer.id, people.developer2.id].sort());
    const rows = await db.notification.findMany({ where: { url: `/reports/${pub.id}` } });
    expect(rows.every((n) => n.kind === "report_merged" && n.title.includes("merged into report #4242"))).toBe(true);
    expect(await db.emailMessage.count({ where: { subject: `Report #${pub.number} was merged into #4242` } })).toBe(2);
  });
});
