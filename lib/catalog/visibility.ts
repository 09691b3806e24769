import type { Actor } from "../auth/authorize";
import { isStaffRole } from "../auth/roles";
import type { Visibility } from "../generated/prisma/enums";

/**
 * Which API visibilities an actor may know about. Everything else does not exist for them:
 * it is absent from lists, search and sitemaps, and its pages answer 404.
 */
export function visibleTo(actor: Actor | null): Visibility[] {
  if (actor && isStaffRole(actor.role)) return ["public", "partner", "staff"];
  if (actor?.role === "partner") return ["public", "partner"];
  return ["public"];
}
