import "server-only";
import { recordAudit } from "../audit/record";
import { requireRole, requireStaff, type Actor } from "../auth/authorize";
import { isStaffRole, type Role } from "../auth/roles";
import { db, type Tx } from "../db";
import { Conflict, Invalid, NotFound } from "../errors";
import { fieldErrorsOf } from "../validation";
import { teamCreateSchema, teamMemberSchema, teamUpdateSchema } from "./config-schemas";
import { lockTriageConfig } from "./config-lock";
import { OPEN_STATUSES } from "./queue-query";
import { clearRoutingCache } from "./routing-cache";

// Teams own feedback: routing rules send new items to a team, and exactly one team is the default
// that takes every item no rule matches. Staff read the teams; admins change them, audited.

type Context = { ip?: string | null };

export type TeamMemberSummary = { id: string; email: string; name: string | null; role: Role };
export type TeamSummary = {
  id: string;
  slug: string;
  name: string;
  isDefault: boolean;
  createdAt: Date;
  members: TeamMemberSummary[];
  ruleCount: number;
  openItemCount: number;
};

export const DEFAULT_TEAM = { slug: "dx", name: "Developer Experience" } as const;

/** Every team with its members, the default first, then by name. Any staff member may read them. */
export async function listTeams(actor: Actor | null): Promise<TeamSummary[]> {
  requireStaff(actor);
  const [teams, openItems] = await Promise.all([
    db.team.findMany({
      orderBy: [{ isDefault: "desc" }, { name: "asc" }],
      select: {
        id: true,
        slug: true,
        name: true,
        isDefault: true,
        createdAt: true,
        members: { orderBy: { user: { email: "asc" } }, select: { user: { select: { id: true, email: true, name: true, role: true } } } },
        _count: { select: { rules: true } },
      },
    }),
    db.triageItem.groupBy({ by: ["teamId"], where: { teamId: { not: null }, status: { in: [...OPEN_STATUSES] } }, _count: { _all: true } }),
  ]);
  const openByTeam = new Map(openItems.map((g) => [g.teamId, g._count._all]));
  return teams.map(({ members, _count, ...team }) => ({
    ...team,
    members: members.map((m) => m.user),
    ruleCount: _count.rules,
    openItemCount: openByTeam.get(team.id) ?? 0,
  }));
}

/** "Payments & Billing" → "payments-billing". */
export function slugOfTeamName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 36)
    .replace(/-+$/, "");
  return slug || "team";
}

async function refuseTakenName(tx: Tx, name: string, exceptId?: string): Promise<void> {
  const taken = await tx.team.findFirst({ where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw new Conflict(`There is already a team called "${name}".`);
}

/** The asked-for slug, or the name's slug with -2, -3… when another team has it. */
async function freeSlug(tx: Tx, name: string, asked: string | undefined): Promise<string> {
  if (asked) {
    if (await tx.team.findUnique({ where: { slug: asked }, select: { id: true } })) throw new Conflict(`Another team already uses the short name "${asked}".`);
    return asked;
  }
  const base = slugOfTeamName(name);
  const taken = new Set((await tx.team.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((t) => t.slug));
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(slug)) return slug;
  }
}

async function teamOrNotFound(tx: Tx, teamId: string) {
  const team = await tx.team.findUnique({ where: { id: teamId }, select: { id: true, slug: true, name: true, isDefault: true } });
  if (!team) throw new NotFound("No team with this id.");
  return team;
}

/** Creates a team. The first team becomes the default, so new items always have somewhere to go. */
export async function createTeam(actor: Actor | null, input: unknown, context: Context = {}) {
  const admin = requireRole(actor, "admin");
  const parsed = teamCreateSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the new team.", fieldErrorsOf(parsed.error));
  const { name, slug: askedSlug } = parsed.data;
  const team = await db.$transaction(async (tx) => {
    await lockTriageConfig(tx, "teams");
    await refuseTakenName(tx, name);
    const slug = await freeSlug(tx, name, askedSlug);
    const isDefault = (await tx.team.count({ where: { isDefault: true } })) === 0;
    const created = await tx.team.create({ data: { name, slug, isDefault }, select: { id: true, slug: true, name: true, isDefault: true } });
    await recordAudit(tx, { actor: admin, action: "team.create", target: { type: "team", id: created.id }, data: { name, slug, isDefault }, ip: context.ip });
    return created;
  });
  if (team.isDefault) clearRoutingCache();
  return team;
}

/** Renames a team and/or makes it the default. Its short name (slug) stays, so saved queue views keep working. */
export async function updateTeam(actor: Actor | null, teamId: string, input: unknown, context: Context = {}) {
  const admin = requireRole(actor, "admin");
  const parsed = teamUpdateSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the team change.", fieldErrorsOf(parsed.error));
  const { name, isDefault } = parsed.data;
  const team = await db.$transaction(async (tx) => {
    await lockTriageConfig(tx, "teams");
    const before = await teamOrNotFound(tx, teamId);
    if (name !== undefined && name !== before.name) {
      await refuseTakenName(tx, name, teamId);
      await tx.team.update({ where: { id: teamId }, data: { name } });
      await recordAudit(tx, { actor: admin, action: "team.rename", target: { type: "team", id: teamId }, data: { from: before.name, to: name }, ip: context.ip });
    }
    if (isDefault && !before.isDefault) await makeDefault(tx, admin, teamId, context);
    return teamOrNotFound(tx, teamId);
  });
  if (isDefault) clearRoutingCache();
  return team;
}

async function makeDefault(tx: Tx, admin: Actor, teamId: string, context: Context): Promise<void> {
  const previous = await tx.team.findFirst({ where: { isDefault: true }, select: { id: true, name: true } });
  await tx.team.updateMany({ where: { isDefault: true, id: { not: teamId } }, data: { isDefault: false } });
  const team = await tx.team.update({ where: { id: teamId }, data: { isDefault: true }, select: { name: true } });
  await recordAudit(tx, {
    actor: admin,
    action: "team.default.set",
    target: { type: "team", id: teamId },
    data: { name: team.name, previousId: previous?.id ?? null, previousName: previous?.name ?? null },
    ip: context.ip,
  });
}

/** Makes this team the one that takes every item no routing rule matches. */
export async function setDefaultTeam(actor: Actor | null, teamId: string, context: Context = {}) {
  return updateTeam(actor, teamId, { isDefault: true }, context);
}

/**
 * Deletes a team. The default team cannot be deleted, nor a team that rules still send items to;
 * the team's items move to the default team, so nothing is left without an owner.
 */
export async function deleteTeam(actor: Actor | null, teamId: string, context: Context = {}): Promise<{ movedItems: number }> {
  const admin = requireRole(actor, "admin");
  const result = await db.$transaction(async (tx) => {
    await lockTriageConfig(tx, "teams");
    await lockTriageConfig(tx, "routing");
    const team = await teamOrNotFound(tx, teamId);
    if (team.isDefault) {
      throw new Conflict(`${team.name} is the default team: items that match no routing rule land there. Make another team the default before deleting it.`);
    }
    const rules = await tx.routingRule.count({ where: { teamId } });
    if (rules > 0) {
      throw new Conflict(`${rules === 1 ? "1 routing rule sends" : `${rules} routing rules send`} items to ${team.name}. Delete ${rules === 1 ? "it" : "them"} or choose another team for ${rules === 1 ? "it" : "them"} first.`);
    }
    const fallback = await tx.team.findFirst({ where: { isDefault: true }, select: { id: true, name: true } });
    const moved = fallback ? await tx.triageItem.updateMany({ where: { teamId }, data: { teamId: fallback.id } }) : { count: 0 };
    await tx.team.delete({ where: { id: teamId } });
    await recordAudit(tx, {
      actor: admin,
      action: "team.delete",
      target: { type: "team", id: teamId },
      data: { name: team.name, slug: team.slug, movedItems: moved.count, movedTo: fallback?.name ?? null },
      ip: context.ip,
    });
    return { movedItems: moved.count };
  });
  clearRoutingCache();
  return result;
}

/** Adds a staff member to a team. Developers and partners cannot own feedback. */
export async function addTeamMember(actor: Actor | null, teamId: string, input: unknown, context: Context = {}): Promise<TeamMemberSummary> {
  const admin = requireRole(actor, "admin");
  const parsed = teamMemberSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Choose a staff member.", fieldErrorsOf(parsed.error));
  const { userId } = parsed.data;
  return db.$transaction(async (tx) => {
    const team = await teamOrNotFound(tx, teamId);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } });
    if (!user || !isStaffRole(user.role)) {
      throw new Invalid("Only staff can join a team.", { userId: ["Choose a staff account (triager, security or admin); developers and partners cannot own feedback."] });
    }
    const existing = await tx.teamMember.findUnique({ where: { teamId_userId: { teamId, userId } }, select: { userId: true } });
    if (existing) throw new Conflict(`${user.name ?? user.email} is already in ${team.name}.`);
    await tx.teamMember.create({ data: { teamId, userId } });
    await recordAudit(tx, { actor: admin, action: "team.member.add", target: { type: "team", id: teamId }, data: { team: team.name, userId, email: user.email }, ip: context.ip });
    return user;
  });
}

export async function removeTeamMember(actor: Actor | null, teamId: string, userId: string, context: Context = {}): Promise<void> {
  const admin = requireRole(actor, "admin");
  await db.$transaction(async (tx) => {
    const team = await teamOrNotFound(tx, teamId);
    const membership = await tx.teamMember.findUnique({ where: { teamId_userId: { teamId, userId } }, select: { user: { select: { email: true } } } });
    if (!membership) throw new NotFound(`This person is not in ${team.name}.`);
    await tx.teamMember.delete({ where: { teamId_userId: { teamId, userId } } });
    await recordAudit(tx, { actor: admin, action: "team.member.remove", target: { type: "team", id: teamId }, data: { team: team.name, userId, email: membership.user.email }, ip: context.ip });
  });
}

/**
 * The default team, created as "Developer Experience" (dx) when there is no team at all; used by
 * the seed and by intake, so a new item always has an owner. Safe to call from several processes at once.
 */
export async function ensureDefaultTeam(): Promise<{ id: string; slug: string; name: string }> {
  const existing = await db.team.findFirst({ where: { isDefault: true }, select: { id: true, slug: true, name: true } });
  if (existing) return existing;
  const team = await db.$transaction(async (tx) => {
    await lockTriageConfig(tx, "teams");
    const current = await tx.team.findFirst({ where: { isDefault: true }, select: { id: true, slug: true, name: true } });
    if (current) return current;
    // Teams but no default (edited by hand in the database): the oldest team takes over.
    const oldest = await tx.team.findFirst({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
    const select = { id: true, slug: true, name: true } as const;
    const chosen = oldest
      ? await tx.team.update({ where: { id: oldest.id }, data: { isDefault: true }, select })
      : await tx.team.create({ data: { ...DEFAULT_TEAM, isDefault: true }, select });
    await recordAudit(tx, { actor: null, action: oldest ? "team.default.set" : "team.create", target: { type: "team", id: chosen.id }, data: { name: chosen.name, slug: chosen.slug, isDefault: true, by: "system" } });
    return chosen;
  });
  clearRoutingCache();
  return team;
}
