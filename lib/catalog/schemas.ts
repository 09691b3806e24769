import { z } from "zod";
import { isStorableDate } from "../validation";

export const apiSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "Use 1–63 lower-case letters, digits and dashes, starting with a letter or digit.");

export const versionLabelSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, "Use 1–40 letters, digits, dots, dashes or underscores, e.g. v2 or 2024-06.")
  // /docs/<api>/diff is the version comparison page.
  .refine((label) => label.toLowerCase() !== "diff", "\"diff\" is reserved; choose another label.");

export const VISIBILITIES = ["public", "partner", "staff"] as const;
export const VERSION_STATUSES = ["beta", "current", "deprecated", "retired"] as const;

export const importOptionsSchema = z.object({
  api: apiSlugSchema,
  version: versionLabelSchema.optional(),
  name: z.string().trim().min(1).max(120).optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  status: z.enum(VERSION_STATUSES).optional(),
  ownerTeam: z.string().trim().max(80).optional(),
  releaseDate: z.coerce.date().refine(isStorableDate, "Give a release date between 1970 and 9999.").optional(),
  sunsetDate: z.coerce.date().refine(isStorableDate, "Give a sunset date between 1970 and 9999.").optional(),
});
export type ImportOptions = z.input<typeof importOptionsSchema>;
