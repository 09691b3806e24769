import type { Role } from "../generated/prisma/enums";

export type { Role };

export const ROLES = ["developer", "partner", "triager", "security", "admin"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  developer: "Developer",
  partner: "Partner",
  triager: "Triager",
  security: "Security",
  admin: "Admin",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  developer: "Reads docs, manages apps and keys, reports issues.",
  partner: "A developer who also sees partner-only APIs and embargoed notes.",
  triager: "Staff: works the triage queue.",
  security: "Staff: also sees security reports.",
  admin: "Staff: manages APIs, teams, users and settings.",
};

const STAFF_ROLES: ReadonlySet<Role> = new Set(["triager", "security", "admin"]);

export function isStaffRole(role: Role): boolean {
  return STAFF_ROLES.has(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
