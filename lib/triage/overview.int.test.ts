import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { NotFound } from "../errors";
import { systemActor, type Actor } from "../auth/authorize";
import { importApiVersion } from "../catalog/import-version";
import { readSourceFromPath } from "../catalog/import/source-files";
import type { FeedbackKind, Priority, ReportVisibility, TriageStatus } from "../generated/prisma/enums";
import { createPeople, type People } from "../../test/people";
import { listQueue } from "./queue";
import { queueQueryInput, queueQuerySchema } from "./queue-query";
import { triageOverview, type TriageOverview } from "./overview";
import {
  atRiskQuery,
  breachedQuery,
  byStatusQuery,
  openByPriorityQuery,
  openOnOperationQuery,
  queueHref,
} from "../../components/admin/overview/queue-links";

// Other test files write triage items into the same database at the same time, so exact figures
// are checked on an API of this file's own; the security rule is also checked across all APIs.

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const api = `ovw-${tag}`;
const emptyApi = `ovw-empty-${tag}`;
const people = {} as People;
const now = new Date();
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const ago = (ms: number) => new Date(now.getTime() - ms);
const ahead = (ms: number) => new Date(now.getTime() + ms);
const startOfToday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

type ItemSpec = {
  kind: FeedbackKind;
  visibility: ReportVisibility;
  status: TriageStatus;
  priority?: Priority;
  operationSlug?: string;
  versionLabel?: string;
  createdAt: Date;
  slaStartedAt?: Date;
  slaDueAt?: Date;
  responseBreachedAt?: Date;
  /** Minutes after filing. */
  respondedAfter?: number;
  resolvedAfter?: number;
};

let apiId = "";
const numbers: Record<string, number> = {};

async function createItem(name: string, spec: ItemSpec) {
  const { respondedAfter, resolvedAfter, ...data } = spec;
  const item = await db.triageItem.create({
    data: {
      ...data,
      apiId,
      versionLabel: spec.versionLabel ?? (spec.operationSlug ? "v1" : null),
      title: `${name} ${tag}`,
      slaStartedAt: spec.slaStartedAt ?? spec.createdAt,
      firstResponseAt: respondedAfter === undefined ? null : new Date(spec.createdAt.getTime() + respondedAfter * MIN),
      resolvedAt: resolvedAfter === undefined ? null : new Date(spec.createdAt.getTime() + resolvedAfter * MIN),
    },
    select: { number: true },
  });
  numbers[name] = item.number;
}

const overviewOf = (actor: Actor) => triageOverview(actor, now, { api });

beforeAll(async () => {
  const petstore = readSourceFromPath(fileURLToPath(new URL("../../prisma/demo/openapi/petstore.yaml", import.meta.url)));
  await importApiVersion(systemActor("test"), { api, version: "v1" }, petstore);
  await db.api.create({ data: { slug: emptyApi, name: "Empty API" } });
  apiId = (await db.api.findUniqueOrThrow({ where: { slug: api }, select: { id: true } })).id;
  Object.assign(people, await createPeople(tag));

  // Open items everyone on staff sees.
  await createItem("breached-critical", {
    kind: "report", visibility: "public", status: "new", priority: "critical", operationSlug: "getPetById",
    createdAt: ago(3 * DAY), slaDueAt: ago(10 * MIN),
  });
  await createItem("at-risk-high", {
    kind: "report", visibility: "private", status: "triaged", priority: "high", operationSlug: "getPetById", versionLabel: "v2",
    createdAt: ago(2 * DAY), slaStartedAt: ago(100 * MIN), slaDueAt: ahead(10 * MIN), respondedAfter: 60,
  });
  await createItem("old-unprioritized", {
    kind: "rating", visibility: "private", status: "in_progress", operationSlug: "updatePet",
    createdAt: ago(3000 * DAY), slaStartedAt: ago(DAY), slaDueAt: ahead(5 * DAY),
  });
  await createItem("waiting-breached", {
    kind: "thread", visibility: "public", status: "waiting_on_reporter", priority: "low",
    createdAt: ago(DAY), responseBreachedAt: ago(2 * 60 * MIN),
  });
  await createItem("fresh-medium", {
    kind: "rating", visibility: "private", status: "new", priority: "medium",
    createdAt: startOfToday, slaStartedAt: ago(MIN), slaDueAt: ahead(8 * 60 * MIN),
  });
  // Done items everyone on staff sees: they feed the medians and the incoming chart only.
  await createItem("resolved-recently", {
    kind: "report", visibility: "public", status: "resolved", priority: "medium", operationSlug: "getPetById",
    createdAt: ago(5 * DAY), respondedAfter: 30, resolvedAfter: 600,
  });
  await createItem("closed-last-month", {
    kind: "report", visibility: "private", status: "closed", priority: "high",
    createdAt: ago(20 * DAY), respondedAfter: 90, resolvedAfter: 3000,
  });
  // Security items: only security staff and admins may know they exist.
  await createItem("security-ancient", {
    kind: "report", visibility: "security", status: "new", priority: "critical", operationSlug: "deletePet",
    createdAt: ago(4000 * DAY), slaStartedAt: ago(2 * 60 * MIN), slaDueAt: ago(60 * MIN),
  });
  await createItem("security-at-risk", {
    kind: "report", visibility: "security", status: "in_progress", priority: "critical", operationSlug: "deletePet",
    createdAt: ago(DAY + 60 * MIN), slaStartedAt: ago(50 * MIN), slaDueAt: ahead(5 * MIN), respondedAfter: 5,
  });
  await createItem("security-resolved", {
    kind: "report", visibility: "security", status: "resolved", priority: "critical",
    createdAt: ago(3 * DAY), respondedAfter: 10, resolvedAfter: 120,
  });

  // Ratings of the API's pages: 1 of 3 and 3 of 4 found them helpful; a page with 2 votes is too few to rank.
  const votes: [string, boolean[]][] = [
    ["getPetById", [true, false, false]],
    ["updatePet", [true, true, true, false]],
    ["deletePet", [false, false]],
  ];
  for (const [operation, helpful] of votes) {
    await db.pageRating.createMany({
      data: helpful.map((h, i) => ({ apiId, versionLabel: "v1", operationSlug: operation, pagePath: `/docs/${api}/v1/${operation}`, visitorKey: `${tag}-${operation}-${i}`, helpful: h })),
    });
  }
}, 120_000);

const kinds = (overview: TriageOverview) =>
  overview.incoming.reduce((sum, day) => ({ report: sum.report + day.byKind.report, rating: sum.rating + day.byKind.rating, thread: sum.thread + day.byKind.thread }), { report: 0, rating: 0, thread: 0 });

describe("triageOverview for a triager", () => {
  it("counts open items by priority and status, with breached and at-risk clocks, leaving security items out", async () => {
    const overview = await overviewOf(people.triager);
    expect(overview.api).toEqual({ slug: api, name: expect.any(String) });
    expect(overview.hasItems).toBe(true);
    expect(overview.open).toEqual({
      total: 5,
      byPriority: { critical: 1, high: 1, medium: 1, low: 1, none: 1 },
      byStatus: { new: 2, triaged: 1, in_progress: 1, waiting_on_reporter: 1 },
      breached: 2,
      atRisk: 1,
    });
  });

  it("lists the oldest open items, top operations and incoming days without security items", async () => {
    const overview = await overviewOf(people.triager);
    expect(overview.oldestOpen.map((item) => item.number)).toEqual(
      ["old-unprioritized", "breached-critical", "at-risk-high", "waiting-breached", "fresh-medium"].map((name) => numbers[name]),
    );
    expect(overview.oldestOpen[0]).toMatchObject({ title: `old-unprioritized ${tag}`, kind: "rating", status: "in_progress", priority: null });
    expect(overview.topOperations).toEqual([
      { api: { slug: api, name: expect.any(String) }, operationSlug: "getPetById", versions: ["v1", "v2"], method: "get", path: "/pet/{petId}", summary: expect.any(String), open: 2 },
      expect.objectContaining({ operationSlug: "updatePet", versions: ["v1"], open: 1 }),
    ]);
    expect(overview.incoming).toHaveLength(30);
    expect(overview.incoming.at(-1)).toMatchObject({ day: startOfToday.toISOString().slice(0, 10), total: 1, byKind: { report: 0, rating: 1, thread: 0 } });
    expect(kinds(overview)).toEqual({ report: 4, rating: 1, thread: 1 });
  });

  it("gives median minutes to first response and to resolution over 7 and 30 days", async () => {
    const overview = await overviewOf(people.triager);
    expect(overview.medianFirstResponse).toEqual({ days7: 45, days30: 60 });
    expect(overview.medianResolution).toEqual({ days7: 600, days30: 1800 });
  });

  it("ranks the API's least helpful doc pages among those with enough votes", async () => {
    const overview = await overviewOf(people.triager);
    expect(overview.lowestRatedPages.map((page) => [page.operation, page.helpfulPercent, page.votes])).toEqual([
      ["getPetById", 33, 3],
      ["updatePet", 75, 4],
    ]);
  });

  it("never shows a security item across all APIs either", async () => {
    const everything = await triageOverview(people.triager, now);
    expect(everything.api).toBeNull();
    expect(everything.oldestOpen.map((item) => item.number)).not.toContain(numbers["security-ancient"]);
    expect(everything.oldestOpen.map((item) => item.number)).toContain(numbers["old-unprioritized"]);
    expect(everything.topOperations.some((op) => op.api.slug === api && op.operationSlug === "deletePet")).toBe(false);
  });
});

describe("triageOverview for security staff and admins", () => {
  it("includes security items in every figure", async () => {
    for (const actor of [people.security, people.admin]) {
      const overview = await overviewOf(actor);
      expect(overview.open).toEqual({
        total: 7,
        byPriority: { critical: 3, high: 1, medium: 1, low: 1, none: 1 },
        byStatus: { new: 3, triaged: 1, in_progress: 2, waiting_on_reporter: 1 },
        breached: 3,
        atRisk: 2,
      });
      expect(overview.oldestOpen.map((item) => item.number)).toEqual(
        ["security-ancient", "old-unprioritized", "breached-critical", "at-risk-high", "security-at-risk"].map((name) => numbers[name]),
      );
      expect(overview.topOperations.map((op) => [op.operationSlug, op.open])).toEqual([
        ["deletePet", 2],
        ["getPetById", 2],
        ["updatePet", 1],
      ]);
      expect(kinds(overview)).toEqual({ report: 6, rating: 1, thread: 1 });
      expect(overview.medianFirstResponse).toEqual({ days7: 20, days30: 30 });
      expect(overview.medianResolution).toEqual({ days7: 360, days30: 600 });
    }
  });

  it("shows the oldest security item across all APIs", async () => {
    const everything = await triageOverview(people.security, now);
    expect(everything.oldestOpen[0]?.number).toBe(numbers["security-ancient"]);
  });
});

describe("what the figures link to", () => {
  // Each figure's link must list exactly as many items in the queue as the figure says.
  async function queueCount(actor: Actor, href: string): Promise<number> {
    const query = queueQuerySchema.parse({ ...queueQueryInput(new URL(href, "http://portal.test").searchParams), limit: "200" });
    return (await listQueue(actor, query, now)).items.length;
  }

  it("opens a queue with the same number of items", async () => {
    for (const actor of [people.triager, people.security]) {
      const overview = await overviewOf(actor);
      expect(await queueCount(actor, queueHref(breachedQuery, api))).toBe(overview.open.breached);
      expect(await queueCount(actor, queueHref(atRiskQuery, api))).toBe(overview.open.atRisk);
      expect(await queueCount(actor, queueHref(openByPriorityQuery("critical"), api))).toBe(overview.open.byPriority.critical);
      expect(await queueCount(actor, queueHref(openByPriorityQuery("none"), api))).toBe(overview.open.byPriority.none);
      expect(await queueCount(actor, queueHref(byStatusQuery("new"), api))).toBe(overview.open.byStatus.new);
      const [top] = overview.topOperations;
      expect(await queueCount(actor, queueHref(openOnOperationQuery(top!.api.slug, top!.operationSlug)))).toBe(top!.open);
    }
  });
});

describe("triageOverview access and empty state", () => {
  it("does not exist for developers and partners", async () => {
    await expect(overviewOf(people.developer)).rejects.toBeInstanceOf(NotFound);
    await expect(overviewOf(people.partner)).rejects.toBeInstanceOf(NotFound);
  });

  it("answers NotFound for an API that does not exist", async () => {
    await expect(triageOverview(people.admin, now, { api: `missing-${tag}` })).rejects.toBeInstanceOf(NotFound);
  });

  it("reports an API without feedback as empty, with zero-filled days and no medians", async () => {
    const overview = await triageOverview(people.admin, now, { api: emptyApi });
    expect(overview.hasItems).toBe(false);
    expect(overview.open.total).toBe(0);
    expect(overview.incoming).toHaveLength(30);
    expect(overview.incoming.every((day) => day.total === 0)).toBe(true);
    expect(overview.medianFirstResponse).toEqual({ days7: null, days30: null });
    expect(overview.oldestOpen).toEqual([]);
    expect(overview.topOperations).toEqual([]);
  });
});
