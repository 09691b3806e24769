import type { Actor } from "../auth/authorize";
import { requireStaff } from "../auth/authorize";

// Who may see which triage items. Security items exist only for security staff and admins: for
// everyone else they are left out of lists, counts, search, exports and notifications alike.

export function seesSecurityItems(actor: Actor): boolean {
  return actor.role === "security" || actor.role === "admin";
}

/** Staff only (404 for everyone else), with whether security items are theirs to see. */
export function triageStaff(actor: Actor | null): { staff: Actor; security: boolean } {
  const staff = requireStaff(actor);
  return { staff, security: seesSecurityItems(staff) };
}
