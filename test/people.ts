import type { Actor } from "../lib/auth/authorize";
import type { Role } from "../lib/auth/roles";
import { db } from "../lib/db";

export type People = Record<Role | "developer2", Actor>;

/** One account per role, plus a second developer, with addresses unique to the test run's `tag`. */
export async function createPeople(tag: string): Promise<People> {
  const people = {} as People;
  for (const role of ["developer", "developer2", "partner", "triager", "security", "admin"] as const) {
    people[role] = await db.user.create({
      data: { email: `${role}-${tag}@example.com`, role: role === "developer2" ? "developer" : role, name: role },
      select: { id: true, email: true, name: true, role: true },
    });
  }
  return people;
}
