import { Forbidden, NotFound, Unauthenticated } from "../errors";
import { isStaffRole, type Role } from "./roles";

// Authorization checks used by every domain function. No session code here, so scripts can use it.

/** The signed-in user acting on a request, as the domain layer sees them. */
export type Actor = { id: string; email: string; name: string | null; role: Role };

/**
 * A verified session's user before the database is asked who he is (or whether he still exists):
 * for hot paths whose domain function reads the user and his role in its own statement.
 */
export type SessionUser = { id: string };

/** Scripts and the seed act as the system: allowed what an admin is, and audited as "system". */
export type SystemActor = { system: true; name: string };
export const systemActor = (name: string): SystemActor => ({ system: true, name });
export function isSystem(actor: Actor | SystemActor | null): actor is SystemActor {
  return actor !== null && "system" in actor;
}

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
