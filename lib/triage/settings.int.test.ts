import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPeople, type People } from "../../test/people";
import { db } from "../db";
import { Forbidden, Invalid, NotFound, Unauthenticated } from "../errors";
import { DEFAULT_TRIAGE_SETTINGS, type TriageSettings } from "./settings-schema";
import { getTriageSettingsForAdmin, loadTriageSettings, saveTriageSettings } from "./settings";

// The settings row is shared with every test file running at the same time, and intake there reads
// it: these tests only change the at-risk share (which no SLA target depends on) and put the
// defaults back afterwards.

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const people = {} as People;
const withAtRisk = (atRiskFraction: number): TriageSettings => ({ ...DEFAULT_TRIAGE_SETTINGS, atRiskFraction });

beforeAll(async () => {
  Object.assign(people, await createPeople(`settings-${tag}`));
}, 120_000);

afterAll(async () => {
  await saveTriageSettings(people.admin, DEFAULT_TRIAGE_SETTINGS);
});

describe("saving the triage settings", () => {
  it("stores what an admin saves, audits it with before and after, and applies it at once", async () => {
    await saveTriageSettings(people.admin, DEFAULT_TRIAGE_SETTINGS);
    expect((await loadTriageSettings()).atRiskFraction).toBe(0.2);

    const view = await saveTriageSettings(people.admin, withAtRisk(0.25), { ip: "203.0.113.30" });
    expect(view).toMatchObject({ saved: true, canEdit: true, settings: withAtRisk(0.25), updatedBy: { id: people.admin.id } });
    expect((await loadTriageSettings()).atRiskFraction).toBe(0.25);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "triage.settings.update", actorId: people.admin.id, ip: "203.0.113.30" } });
    expect(audit.data).toMatchObject({ before: { atRiskFraction: 0.2 }, after: { atRiskFraction: 0.25, targets: DEFAULT_TRIAGE_SETTINGS.targets } });
  });

  it("keeps a copy for a while, and drops it as soon as an admin saves", async () => {
    await saveTriageSettings(people.admin, withAtRisk(0.3));
    expect((await loadTriageSettings()).atRiskFraction).toBe(0.3);
    // Written behind the domain's back, as another instance would: this instance keeps its copy.
    await db.triageSettings.update({ where: { id: 1 }, data: { data: withAtRisk(0.35) } });
    expect((await loadTriageSettings()).atRiskFraction).toBe(0.3);
    await saveTriageSettings(people.admin, withAtRisk(0.4));
    expect((await loadTriageSettings()).atRiskFraction).toBe(0.4);
  });

  it("falls back to the defaults when the stored settings no longer make sense", async () => {
    await saveTriageSettings(people.admin, DEFAULT_TRIAGE_SETTINGS);
    await db.triageSettings.update({ where: { id: 1 }, data: { data: { matrix: "from an old version" } } });
    const view = await getTriageSettingsForAdmin(people.admin);
    expect(view).toMatchObject({ saved: false, settings: DEFAULT_TRIAGE_SETTINGS });
    await saveTriageSettings(people.admin, DEFAULT_TRIAGE_SETTINGS);
    expect(await loadTriageSettings()).toEqual(DEFAULT_TRIAGE_SETTINGS);
  });
});

describe("checking the settings", () => {
  const errorsOf = async (input: unknown) => {
    const error = await saveTriageSettings(people.admin, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    return (error as Invalid).fieldErrors;
  };

  it("says which target is wrong and why", async () => {
    const targets = { ...DEFAULT_TRIAGE_SETTINGS.targets, high: { firstResponseMinutes: 120, resolutionMinutes: 60 }, low: { firstResponseMinutes: 0, resolutionMinutes: null } };
    expect(await errorsOf({ ...DEFAULT_TRIAGE_SETTINGS, targets })).toEqual({
      "targets.high.resolutionMinutes": ["The resolution target cannot be shorter than the first-response target."],
      "targets.low.firstResponseMinutes": ["The first-response target must be at least 1 minute."],
    });
  });

  it("refuses a hypercare factor outside (0, 1], an unknown time zone and a missing matrix cell", async () => {
    const matrix = { ...DEFAULT_TRIAGE_SETTINGS.matrix, major: { all: "high", many: "high", some: "medium" } };
    const errors = await errorsOf({
      ...DEFAULT_TRIAGE_SETTINGS,
      matrix,
      hypercareFactor: 0,
      calendar: { mode: "business", timeZone: "Mars/Olympus", days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" },
    });
    expect(errors.hypercareFactor?.[0]).toMatch(/above 0/);
    expect(errors["calendar.timeZone"]?.[0]).toMatch(/Unknown time zone/);
    expect(errors["matrix.major.one"]?.[0]).toMatch(/Pick a priority/);
  });

  it("changes nothing when refused", async () => {
    await saveTriageSettings(people.admin, DEFAULT_TRIAGE_SETTINGS);
    const before = await db.triageSettings.findUniqueOrThrow({ where: { id: 1 } });
    await errorsOf({ ...DEFAULT_TRIAGE_SETTINGS, hypercareFactor: 2 });
    expect((await db.triageSettings.findUniqueOrThrow({ where: { id: 1 } })).updatedAt).toEqual(before.updatedAt);
  });
});

describe("who may do what", () => {
  it("lets every staff role read the settings, but only admins edit them", async () => {
    expect(await getTriageSettingsForAdmin(people.triager)).toMatchObject({ canEdit: false, settings: { hypercareFactor: expect.any(Number) } });
    expect((await getTriageSettingsForAdmin(people.security)).canEdit).toBe(false);
    await expect(getTriageSettingsForAdmin(people.developer)).rejects.toBeInstanceOf(NotFound);
    await expect(getTriageSettingsForAdmin(null)).rejects.toBeInstanceOf(Unauthenticated);
  });

  it.each([
    ["a triager", "triager", Forbidden],
    ["a security engineer", "security", Forbidden],
    ["a developer", "developer", NotFound],
    ["a partner", "partner", NotFound],
  ] as const)("refuses a save by %s and records nothing", async (_label, role, error) => {
    const actor = people[role];
    await expect(saveTriageSettings(actor, withAtRisk(0.5))).rejects.toBeInstanceOf(error);
    expect(await db.auditLog.count({ where: { action: "triage.settings.update", actorId: actor.id } })).toBe(0);
    expect((await loadTriageSettings()).atRiskFraction).not.toBe(0.5);
  });
});
