import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { getActor, type Actor } from "./actor";
import { isStaffRole, type Role } from "./roles";

// Page guards: visitors go to sign-in and come back; the domain functions a page calls
// check again, so a guard is a convenience, never the only check.

export async function signedInPageActor(path: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return actor;
}

/** Non-staff get the plain 404 page: the staff area does not exist for them. */
export async function staffPageActor(path: string, roles?: Role[]): Promise<Actor> {
  const actor = await signedInPageActor(path);
  if (!isStaffRole(actor.role)) notFound();
  if (roles && !roles.includes(actor.role)) forbidden();
  return actor;
}
