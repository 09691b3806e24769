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
  developer: "The standard account for building on the APIs.",
  partner: "A developer account that also opens partner-only content.",
  triager: "Staff: works incoming feedback in the staff area.",
  security: "Staff: also handles security reports.",
  admin: "Staff: manages users, roles and settings.",
};

const STAFF_ROLES: ReadonlySet<Role> = new Set(["triager", "security", "admin"]);

export function isStaffRole(role: Role): boolean {
  return STAFF_ROLES.has(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
