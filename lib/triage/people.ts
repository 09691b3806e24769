import "server-only";
import type { Actor } from "../auth/authorize";
import { db } from "../db";
import { triageStaff } from "./access";

export type AssignablePerson = { id: string; name: string; role: string; teamIds: string[] };
export type TeamOption = { id: string; slug: string; name: string };

/** Staff an item can be assigned to (security items: security staff and admins only), and the teams. */
export async function assignablePeople(actor: Actor | null, securityItem = false): Promise<{ staff: AssignablePerson[]; teams: TeamOption[] }> {
  triageStaff(actor);
  const [users, teams] = await Promise.all([
    db.user.findMany({
      where: { role: { in: securityItem ? ["security", "admin"] : ["triager", "security", "admin"] } },
      orderBy: [{ name: "asc" }, { email: "asc" }],
      take: 500,
      select: { id: true, name: true, email: true, role: true, teams: { select: { teamId: true } } },
    }),
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } }),
  ]);
  return {
    staff: users.map((u) => ({ id: u.id, name: u.name || u.email, role: u.role, teamIds: u.teams.map((t) => t.teamId) })),
    teams,
  };
}
