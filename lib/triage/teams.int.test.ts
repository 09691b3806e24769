import { beforeAll, describe, expect, it } from "vitest";
import { createPeople, type People } from "../../test/people";
import { db } from "../db";
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from "../errors";
import { createRoutingRule, deleteRoutingRule } from "./routing";
import { addTeamMember, createTeam, deleteTeam, ensureDefaultTeam, listTeams, removeTeamMember, setDefaultTeam, updateTeam } from "./teams";

// The database is shared with other test files running at the same time: teams get names unique to
// this run, and the one test that changes the default team puts the previous one back at once.

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const people = {} as People;
const teamName = (name: string) => `${name} ${tag}`;

beforeAll(async () => {
  Object.assign(people, await createPeople(`teams-${tag}`));
  await ensureDefaultTeam();
}, 120_000);

const auditOf = (action: string, targetId: string) => db.auditLog.findMany({ where: { action, targetId }, orderBy: { createdAt: "asc" } });

describe("creating and renaming teams", () => {
  it("creates a team with a short name made from its name, audited, and not as a second default", async () => {
    const team = await createTeam(people.admin, { name: teamName("Payments & Billing") }, { ip: "203.0.113.9" });
    expect(team).toMatchObject({ name: teamName("Payments & Billing"), slug: `payments-billing-${tag}`, isDefault: false });
    const [audit] = await auditOf("team.create", team.id);
    expect(audit).toMatchObject({ actorId: people.admin.id, ip: "203.0.113.9" });
    expect(audit?.data).toMatchObject({ name: team.name, slug: team.slug, isDefault: false });
    expect(await db.team.count({ where: { isDefault: true } })).toBe(1);
  });

  it("refuses a second team with the same name in any case, and numbers a clashing short name", async () => {
    const first = await createTeam(people.admin, { name: teamName("Search") });
    await expect(createTeam(people.admin, { name: teamName("SEARCH") })).rejects.toThrow(/already a team called/);
    const second = await createTeam(people.admin, { name: teamName("Search!") });
    expect(second.slug).toBe(`${first.slug}-2`);
    await expect(createTeam(people.admin, { name: teamName("Other"), slug: first.slug })).rejects.toBeInstanceOf(Conflict);
  });

  it("explains what is wrong with a name or short name", async () => {
    const error = await createTeam(people.admin, { name: " x ", slug: "Not A Slug" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors).toEqual({
      name: ["A team name needs at least 2 characters."],
      slug: [expect.stringMatching(/lowercase letters, digits and single hyphens/)],
    });
  });

  it("renames a team but keeps its short name, so saved queue views still find it", async () => {
    const team = await createTeam(people.admin, { name: teamName("Platfrom") });
    const renamed = await updateTeam(people.admin, team.id, { name: teamName("Platform") });
    expect(renamed).toMatchObject({ name: teamName("Platform"), slug: team.slug });
    expect((await auditOf("team.rename", team.id))[0]?.data).toEqual({ from: teamName("Platfrom"), to: teamName("Platform") });
    const other = await createTeam(people.admin, { name: teamName("Docs") });
    await expect(updateTeam(people.admin, other.id, { name: teamName("platform") })).rejects.toThrow(/already a team called/);
    await expect(updateTeam(people.admin, "no-such-team", { name: "Anything" })).rejects.toBeInstanceOf(NotFound);
  });
});

describe("the default team", () => {
  it("is created once as Developer Experience (dx), however many processes ask at once", async () => {
    const teams = await Promise.all([ensureDefaultTeam(), ensureDefaultTeam(), ensureDefaultTeam()]);
    expect(new Set(teams.map((t) => t.id)).size).toBe(1);
    expect(await db.team.count({ where: { isDefault: true } })).toBe(1);
    expect(await db.team.count({ where: { slug: "dx" } })).toBeLessThanOrEqual(1);
  });

  it("moves to another team, leaving exactly one default, and is audited", async () => {
    const previous = await ensureDefaultTeam();
    const team = await createTeam(people.admin, { name: teamName("On call") });
    try {
      const updated = await setDefaultTeam(people.admin, team.id);
      expect(updated.isDefault).toBe(true);
      expect((await db.team.findMany({ where: { isDefault: true }, select: { id: true } })).map((t) => t.id)).toEqual([team.id]);
      await expect(deleteTeam(people.admin, team.id)).rejects.toThrow(/default team/);
    } finally {
      await setDefaultTeam(people.admin, previous.id);
    }
    expect((await auditOf("team.default.set", team.id))[0]?.data).toMatchObject({ previousId: previous.id, name: team.name });
    expect((await ensureDefaultTeam()).id).toBe(previous.id);
  });

  it("cannot be deleted, and the message says what to do instead", async () => {
    const defaultTeam = await ensureDefaultTeam();
    const error = await deleteTeam(people.admin, defaultTeam.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    expect((error as Conflict).message).toMatch(/Make another team the default before deleting it/);
    expect(await db.team.findUnique({ where: { id: defaultTeam.id } })).not.toBeNull();
  });

  it("cannot be unset directly", async () => {
    const defaultTeam = await ensureDefaultTeam();
    await expect(updateTeam(people.admin, defaultTeam.id, { isDefault: false })).rejects.toBeInstanceOf(Invalid);
  });
});

describe("deleting a team", () => {
  it("moves its items to the default team and records how many moved", async () => {
    const team = await createTeam(people.admin, { name: teamName("Short lived") });
    const item = await db.triageItem.create({ data: { kind: "report", title: `Item of ${tag}`, visibility: "public", teamId: team.id }, select: { id: true } });
    expect(await deleteTeam(people.admin, team.id, { ip: "203.0.113.10" })).toEqual({ movedItems: 1 });
    const defaultTeam = await ensureDefaultTeam();
    expect((await db.triageItem.findUniqueOrThrow({ where: { id: item.id } })).teamId).toBe(defaultTeam.id);
    expect(await db.team.findUnique({ where: { id: team.id } })).toBeNull();
    expect((await auditOf("team.delete", team.id))[0]?.data).toMatchObject({ name: team.name, movedItems: 1, movedTo: defaultTeam.name });
    await expect(deleteTeam(people.admin, team.id)).rejects.toBeInstanceOf(NotFound);
  });

  it("is refused while routing rules still send items to it", async () => {
    const team = await createTeam(people.admin, { name: teamName("Routed") });
    const rule = await createRoutingRule(people.admin, { teamId: team.id, keyword: `kw${tag}` });
    await expect(deleteTeam(people.admin, team.id)).rejects.toThrow(/1 routing rule sends items to/);
    await deleteRoutingRule(people.admin, rule.id);
    await expect(deleteTeam(people.admin, team.id)).resolves.toEqual({ movedItems: 0 });
  });
});

describe("team members", () => {
  it("adds and removes staff members, audited, and lists them with the team", async () => {
    const team = await createTeam(people.admin, { name: teamName("Members") });
    const added = await addTeamMember(people.admin, team.id, { userId: people.triager.id });
    expect(added).toMatchObject({ id: people.triager.id, role: "triager" });
    await addTeamMember(people.admin, team.id, { userId: people.security.id });
    const listed = (await listTeams(people.triager)).find((t) => t.id === team.id);
    expect(listed?.members.map((m) => m.id).sort()).toEqual([people.security.id, people.triager.id].sort());
    expect((await auditOf("team.member.add", team.id)).map((a) => (a.data as { userId: string }).userId)).toEqual([people.triager.id, people.security.id]);

    await expect(addTeamMember(people.admin, team.id, { userId: people.triager.id })).rejects.toThrow(/already in/);
    await removeTeamMember(people.admin, team.id, people.triager.id);
    expect((await listTeams(people.admin)).find((t) => t.id === team.id)?.members.map((m) => m.id)).toEqual([people.security.id]);
    expect((await auditOf("team.member.remove", team.id))[0]?.data).toMatchObject({ userId: people.triager.id, email: people.triager.email });
    await expect(removeTeamMember(people.admin, team.id, people.triager.id)).rejects.toBeInstanceOf(NotFound);
  });

  it("refuses developers, partners and unknown accounts with a message on the field", async () => {
    const team = await createTeam(people.admin, { name: teamName("Staff only") });
    for (const userId of [people.developer.id, people.partner.id, "no-such-user"]) {
      const error = await addTeamMember(people.admin, team.id, { userId }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Invalid);
      expect((error as Invalid).fieldErrors.userId?.[0]).toMatch(/Choose a staff account/);
    }
    await expect(addTeamMember(people.admin, "no-such-team", { userId: people.triager.id })).rejects.toBeInstanceOf(NotFound);
    expect(await db.teamMember.count({ where: { teamId: team.id } })).toBe(0);
  });
});

describe("who may do what", () => {
  it("lets every staff role read the teams, and nobody else know they exist", async () => {
    for (const staff of [people.triager, people.security, people.admin]) {
      expect((await listTeams(staff)).some((t) => t.isDefault)).toBe(true);
    }
    await expect(listTeams(people.developer)).rejects.toBeInstanceOf(NotFound);
    await expect(listTeams(people.partner)).rejects.toBeInstanceOf(NotFound);
    await expect(listTeams(null)).rejects.toBeInstanceOf(Unauthenticated);
  });

  it.each([
    ["a triager", "triager", Forbidden],
    ["a security engineer", "security", Forbidden],
    ["a developer", "developer", NotFound],
    ["a partner", "partner", NotFound],
  ] as const)("refuses every change by %s and writes nothing", async (_label, role, error) => {
    const team = await createTeam(people.admin, { name: teamName(`Guarded by ${role}`) });
    const actor = people[role];
    const auditsBefore = await db.auditLog.count({ where: { targetId: team.id } });
    await expect(createTeam(actor, { name: teamName(`Made by ${role}`) })).rejects.toBeInstanceOf(error);
    await expect(updateTeam(actor, team.id, { name: teamName("Hijacked") })).rejects.toBeInstanceOf(error);
    await expect(setDefaultTeam(actor, team.id)).rejects.toBeInstanceOf(error);
    await expect(deleteTeam(actor, team.id)).rejects.toBeInstanceOf(error);
    await expect(addTeamMember(actor, team.id, { userId: people.triager.id })).rejects.toBeInstanceOf(error);
    await expect(removeTeamMember(actor, team.id, people.triager.id)).rejects.toBeInstanceOf(error);
    expect(await db.team.findUniqueOrThrow({ where: { id: team.id } })).toMatchObject({ name: team.name, isDefault: false });
    expect(await db.team.count({ where: { name: teamName(`Made by ${role}`) } })).toBe(0);
    expect(await db.auditLog.count({ where: { targetId: team.id } })).toBe(auditsBefore);
  });
});
