import { z } from "zod";
import { ROLES } from "../auth/roles";

export const userSearchSchema = z.object({
  q: z.string().trim().max(200).optional().default(""),
  role: z.enum(ROLES).optional(),
  after: z.string().max(64).optional(),
});
export type UserSearch = z.input<typeof userSearchSchema>;

export const changeRoleSchema = z.object({
  role: z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(", ")}.` }),
});
