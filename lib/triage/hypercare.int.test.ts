import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createPeople, type People } from "../../test/people";
import { systemActor } from "../auth/authorize";
import { importApiVersion } from "../catalog/import-version";
import { readSourceFromPath } from "../catalog/import/source-files";
import { db } from "../db";
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from "../errors";
import { activeWindowFor, clearHypercareCache, createHypercareWindow, deleteHypercareWindow, hypercareVersionKey, listHypercareWindows, windowsByVersion } from "./hypercare";
import { loadTriageSettings } from "./settings";

// Windows here are on this file's own API, so intake in other test files never meets them.

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const apiSlug = `hypercare-${tag}`;
const people = {} as People;
const petstore = () => readSourceFromPath(fileURLToPath(new URL("../../prisma/demo/openapi/petstore.yaml", import.meta.url)));
const version = { apiId: "", v1: "", v2: "" };
const day = (d: string) => new Date(`${d}T00:00:00.000Z`);

beforeAll(async () => {
  Object.assign(people, await createPeople(`hypercare-${tag}`));
  for (const label of ["v1", "v2"] as const) {
    await importApiVersion(systemActor("test"), { api: apiSlug, version: label }, petstore());
    const row = await db.apiVersion.findFirstOrThrow({ where: { api: { slug: apiSlug }, label }, select: { id: true, apiId: true } });
    version[label] = row.id;
    version.apiId = row.apiId;
  }
}, 120_000);

describe("hypercare windows", () => {
  it("marks a launch window with the settings' factor, audited, and finds it for items filed during it", async () => {
    const window = await createHypercareWindow(people.admin, { versionId: version.v1, startsAt: "2031-03-01T00:00:00Z", endsAt: "2031-03-15T00:00:00Z" }, { ip: "203.0.113.40" });
    expect(window).toMatchObject({ versionLabel: "v1", api: { slug: apiSlug }, factor: (await loadTriageSettings()).hypercareFactor, state: "upcoming", createdBy: people.admin.email });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "hypercare_window.create", targetId: window.id } });
    expect(audit).toMatchObject({ actorId: people.admin.id, ip: "203.0.113.40" });
    expect(audit.data).toMatchObject({ api: apiSlug, version: "v1", startsAt: "2031-03-01T00:00:00.000Z" });

    expect(await activeWindowFor(version.apiId, "v1", day("2031-03-01"))).toEqual({ id: window.id, factor: window.factor, startsAt: day("2031-03-01"), endsAt: day("2031-03-15") });
    expect(await activeWindowFor(version.apiId, "v1", new Date("2031-03-14T23:59:59Z"))).toMatchObject({ id: window.id });
    expect(await activeWindowFor(version.apiId, "v1", day("2031-03-15"))).toBeNull();
    expect(await activeWindowFor(version.apiId, "v1", new Date("2031-02-28T23:59:59Z"))).toBeNull();
    expect(await activeWindowFor(version.apiId, "v2", day("2031-03-05"))).toBeNull();
    expect(await activeWindowFor(version.apiId, null, day("2031-03-05"))).toBeNull();

    await deleteHypercareWindow(people.admin, window.id);
    expect(await activeWindowFor(version.apiId, "v1", day("2031-03-05"))).toBeNull();
    expect(await db.auditLog.count({ where: { action: "hypercare_window.delete", targetId: window.id } })).toBe(1);
    await expect(deleteHypercareWindow(people.admin, window.id)).rejects.toBeInstanceOf(NotFound);
  });

  it("refuses overlapping windows on one version, but allows back-to-back ones and other versions", async () => {
    const first = await createHypercareWindow(people.admin, { versionId: version.v1, startsAt: "2032-01-01T00:00:00Z", endsAt: "2032-01-15T00:00:00Z", factor: 0.25 });
    const overlap = await createHypercareWindow(people.admin, { versionId: version.v1, startsAt: "2032-01-10T00:00:00Z", endsAt: "2032-02-01T00:00:00Z" }).catch((e: unknown) => e);
    expect(overlap).toBeInstanceOf(Conflict);
    expect((overlap as Conflict).message).toMatch(`${apiSlug} v1 already has a hypercare window from 2032-01-01 00:00 UTC to 2032-01-15 00:00 UTC`);
    const next = await createHypercareWindow(people.admin, { versionId: version.v1, startsAt: "2032-01-15T00:00:00Z", endsAt: "2032-02-01T00:00:00Z" });
    const other = await createHypercareWindow(people.admin, { versionId: version.v2, startsAt: "2032-01-10T00:00:00Z", endsAt: "2032-02-01T00:00:00Z", factor: 1 });

    const grouped = await windowsByVersion(people.triager);
    expect(grouped[hypercareVersionKey(version.apiId, "v1")]?.map((w) => w.id)).toEqual([next.id, first.id]);
    expect(grouped[hypercareVersionKey(version.apiId, "v2")]?.map((w) => [w.id, w.factor])).toEqual([[other.id, 1]]);
    expect(await activeWindowFor(version.apiId, "v1", day("2032-01-14"))).toMatchObject({ id: first.id, factor: 0.25 });
    for (const w of [first, next, other]) await deleteHypercareWindow(people.admin, w.id);
  });

  it("explains what is wrong with dates, factor and version", async () => {
    const errorsOf = async (input: unknown) => {
      const error = await createHypercareWindow(people.admin, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Invalid);
      return (error as Invalid).fieldErrors;
    };
    expect(await errorsOf({ versionId: version.v1, startsAt: "2033-02-01T00:00:00Z", endsAt: "2033-01-01T00:00:00Z" })).toEqual({ endsAt: ["The window must end after it starts."] });
    expect(await errorsOf({ versionId: version.v1, startsAt: "next monday", endsAt: "2033-01-01T00:00:00Z" })).toEqual({ startsAt: [expect.stringMatching(/date and time/)] });
    expect((await errorsOf({ versionId: version.v1, startsAt: "2033-01-01T00:00:00Z", endsAt: "2033-02-01T00:00:00Z", factor: 0 })).factor?.[0]).toMatch(/above 0/);
    expect((await errorsOf({ versionId: version.v1, startsAt: "2033-01-01T00:00:00Z", endsAt: "2033-02-01T00:00:00Z", factor: 1.5 })).factor?.[0]).toMatch(/at most 1/);
    expect(await errorsOf({ versionId: "no-such-version", startsAt: "2033-01-01T00:00:00Z", endsAt: "2033-02-01T00:00:00Z" })).toEqual({ versionId: [expect.stringMatching(/No API version/)] });
    expect(await db.hypercareWindow.count({ where: { versionId: version.v1, startsAt: { gte: day("2033-01-01") } } })).toBe(0);
  });

  it("keeps a copy of the windows for intake, and drops it as soon as one changes", async () => {
    const at = day("2034-06-10");
    clearHypercareCache(); // a fresh copy, so it cannot expire during the test
    expect(await activeWindowFor(version.apiId, "v2", at)).toBeNull();
    // Written behind the domain's back, as another instance would: this instance keeps its copy.
    const sneaked = await db.hypercareWindow.create({ data: { versionId: version.v2, startsAt: day("2034-06-01"), endsAt: day("2034-07-01"), factor: 0.5 } });
    expect(await activeWindowFor(version.apiId, "v2", at)).toBeNull();
    const other = await createHypercareWindow(people.admin, { versionId: version.v1, startsAt: "2034-01-01T00:00:00Z", endsAt: "2034-01-02T00:00:00Z" });
    expect(await activeWindowFor(version.apiId, "v2", at)).toMatchObject({ id: sneaked.id });
    await deleteHypercareWindow(people.admin, other.id);
    await deleteHypercareWindow(people.admin, sneaked.id);
  });
});

describe("who may do what", () => {
  it("lets staff list the windows and nobody else", async () => {
    await expect(listHypercareWindows(people.triager)).resolves.toBeInstanceOf(Array);
    await expect(listHypercareWindows(people.developer)).rejects.toBeInstanceOf(NotFound);
    await expect(listHypercareWindows(null)).rejects.toBeInstanceOf(Unauthenticated);
  });

  it.each([
    ["a triager", "triager", Forbidden],
    ["a security engineer", "security", Forbidden],
    ["a developer", "developer", NotFound],
    ["a partner", "partner", NotFound],
  ] as const)("refuses changes by %s", async (_label, role, error) => {
    const actor = people[role];
    const window = await createHypercareWindow(people.admin, { versionId: version.v2, startsAt: "2035-01-01T00:00:00Z", endsAt: "2035-01-08T00:00:00Z" });
    await expect(createHypercareWindow(actor, { versionId: version.v1, startsAt: "2035-01-01T00:00:00Z", endsAt: "2035-01-08T00:00:00Z" })).rejects.toBeInstanceOf(error);
    await expect(deleteHypercareWindow(actor, window.id)).rejects.toBeInstanceOf(error);
    expect(await db.hypercareWindow.findUnique({ where: { id: window.id } })).not.toBeNull();
    expect(await db.hypercareWindow.count({ where: { versionId: version.v1, startsAt: day("2035-01-01") } })).toBe(0);
    await deleteHypercareWindow(people.admin, window.id);
  });
});
