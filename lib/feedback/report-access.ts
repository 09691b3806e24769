import type { Actor } from "../auth/authorize";
import { isStaffRole } from "../auth/roles";
import type { ReportVisibility } from "../generated/prisma/enums";

/**
 * Who may see a report. Security reports: the reporter, security staff and admins, and nobody
 * else (triagers included). Private: the reporter and staff. Public: anyone who may see its API.
 */
export function canSeeReport(actor: Actor | null, report: { reporterId: string; visibility: ReportVisibility }, apiVisible: boolean): boolean {
  if (actor?.id === report.reporterId) return true;
  if (report.visibility === "security") return actor?.role === "security" || actor?.role === "admin";
  if (report.visibility === "private") return actor !== null && isStaffRole(actor.role);
  return apiVisible;
}

/** Report visibilities an actor sees in lists of other people's reports. */
export function visibleReportKinds(actor: Actor | null): ReportVisibility[] {
  if (actor?.role === "security" || actor?.role === "admin") return ["public", "private", "security"];
  if (actor && isStaffRole(actor.role)) return ["public", "private"];
  return ["public"];
}
