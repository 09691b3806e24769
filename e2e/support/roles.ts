import type { Role } from "../../lib/auth/roles";

export type Who = Role | "visitor";
export const EVERYONE: Who[] = ["visitor", "developer", "partner", "triager", "security", "admin"];

export const DEMO_EMAIL: Record<Role, string> = {
  developer: "developer@example.com",
  partner: "partner@example.com",
  triager: "triager@example.com",
  security: "security@example.com",
  admin: "admin@example.com",
};

export const storageStatePath = (role: Role) => `e2e/.auth/${role}.json`;

/** A fresh address for accounts a test creates. */
export const uniqueEmail = (tag: string) => `${tag}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;

/** A fresh client address, so one test's rate-limit counters never touch another's. */
export const uniqueIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
