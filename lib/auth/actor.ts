import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "../db";
import { Forbidden, NotFound, Unauthenticated } from "../errors";
import { authOptions } from "./options";
import { isStaffRole, type Role } from "./roles";

/** The signed-in user acting on a request, as the domain layer sees them. */
export type Actor = { id: string; email: string; name: string | null; role: Role };

/**
 * The acting user for this request, or null for a visitor. The role is read from the
 * database on every request, so a role change applies on the user's next request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  return db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } });
});

export function requireSignedIn(actor: Actor | null): Actor {
  if (!actor) throw new Unauthenticated();
  return actor;
}

/** Staff-only resources answer 404 to everyone else, so their existence is not revealed. */
export function requireStaff(actor: Actor | null): Actor {
  const signedIn = requireSignedIn(actor);
  if (!isStaffRole(signedIn.role)) throw new NotFound();
  return signedIn;
}

export function requireRole(actor: Actor | null, ...roles: Role[]): Actor {
  const staff = requireStaff(actor);
  if (!roles.includes(staff.role)) throw new Forbidden();
  return staff;
}
