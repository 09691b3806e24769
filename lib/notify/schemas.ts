import { z } from "zod";

/** Ids are cuids: anything else names nothing, and never reaches a query. */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a valid id.");
const id = idSchema;

/** GET /api/v1/notifications */
export const notificationListSchema = z.object({
  before: id.optional(),
  limit: z.coerce.number({ error: "limit must be a number from 1 to 50." }).int().min(1, "limit must be a number from 1 to 50.").max(50, "limit must be a number from 1 to 50.").default(20),
});
export type NotificationListQuery = z.input<typeof notificationListSchema>;

/** POST /api/v1/notifications/read: `{ "all": true }` or `{ "ids": [...] }`. */
export const markReadSchema = z
  .object({
    all: z.literal(true, { error: "all can only be true." }).optional(),
    ids: z.array(id, { error: "ids must be a list of notification ids." }).min(1, "Name at least one notification.").max(100, "At most 100 ids at once.").optional(),
  })
  .refine((v) => (v.all === true) !== (v.ids !== undefined), { message: 'Send either { "all": true } or { "ids": ["…"] }.', path: ["ids"] });
export type MarkReadInput = z.input<typeof markReadSchema>;

/** PUT /api/v1/notifications/preferences */
export const preferencesSchema = z.object({
  emailReports: z.boolean({ error: "emailReports must be true or false." }),
  emailForum: z.boolean({ error: "emailForum must be true or false." }),
});
export type NotificationPreferences = z.infer<typeof preferencesSchema>;
