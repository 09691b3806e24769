import "server-only";
import { recordAudit } from "../audit/record";
import { requireRole, requireStaff, type Actor } from "../auth/authorize";
import { db } from "../db";
import { Conflict, Invalid, NotFound } from "../errors";
import { fieldErrorsOf } from "../validation";
import { cannedReplySchema, cannedReplyUpdateSchema } from "./config-schemas";

// Canned replies: Markdown texts staff insert into a reply and adapt. Staff read them; admins keep the list.

type Context = { ip?: string | null };

export type CannedReplySummary = { id: string; title: string; body: string; updatedAt: Date };

const SELECT = { id: true, title: true, body: true, updatedAt: true } as const;

/** Alphabetical, as the reply box lists them. Any staff member may read them. */
export async function listCannedReplies(actor: Actor | null): Promise<CannedReplySummary[]> {
  requireStaff(actor);
  return db.cannedReply.findMany({ orderBy: { title: "asc" }, select: SELECT });
}

async function refuseTakenTitle(title: string, exceptId?: string): Promise<void> {
  const taken = await db.cannedReply.findFirst({ where: { title: { equals: title, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw new Conflict(`There is already a canned reply called "${title}". Choose another title.`);
}

/** The unique index still guards against two admins saving the same title at once. */
function conflictOnDuplicate(title: string) {
  return (error: unknown): never => {
    if ((error as { code?: string }).code === "P2002") throw new Conflict(`There is already a canned reply called "${title}". Choose another title.`);
    throw error;
  };
}

export async function createCannedReply(actor: Actor | null, input: unknown, context: Context = {}): Promise<CannedReplySummary> {
  const admin = requireRole(actor, "admin");
  const parsed = cannedReplySchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the canned reply.", fieldErrorsOf(parsed.error));
  const { title, body } = parsed.data;
  await refuseTakenTitle(title);
  return db
    .$transaction(async (tx) => {
      const reply = await tx.cannedReply.create({ data: { title, body }, select: SELECT });
      await recordAudit(tx, { actor: admin, action: "canned_reply.create", target: { type: "canned_reply", id: reply.id }, data: { title }, ip: context.ip });
      return reply;
    })
    .catch(conflictOnDuplicate(title));
}

export async function updateCannedReply(actor: Actor | null, replyId: string, input: unknown, context: Context = {}): Promise<CannedReplySummary> {
  const admin = requireRole(actor, "admin");
  const parsed = cannedReplyUpdateSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the canned reply.", fieldErrorsOf(parsed.error));
  const before = await db.cannedReply.findUnique({ where: { id: replyId }, select: { title: true, body: true } });
  if (!before) throw new NotFound("No canned reply with this id.");
  const { title = before.title, body = before.body } = parsed.data;
  if (title.toLowerCase() !== before.title.toLowerCase()) await refuseTakenTitle(title, replyId);
  return db
    .$transaction(async (tx) => {
      const reply = await tx.cannedReply.update({ where: { id: replyId }, data: { title, body }, select: SELECT });
      await recordAudit(tx, {
        actor: admin,
        action: "canned_reply.update",
        target: { type: "canned_reply", id: replyId },
        data: { title, ...(title !== before.title ? { previousTitle: before.title } : {}), bodyChanged: body !== before.body },
        ip: context.ip,
      });
      return reply;
    })
    .catch(conflictOnDuplicate(title));
}

export async function deleteCannedReply(actor: Actor | null, replyId: string, context: Context = {}): Promise<void> {
  const admin = requireRole(actor, "admin");
  await db.$transaction(async (tx) => {
    const reply = await tx.cannedReply.findUnique({ where: { id: replyId }, select: { title: true } });
    if (!reply) throw new NotFound("No canned reply with this id.");
    await tx.cannedReply.delete({ where: { id: replyId } });
    await recordAudit(tx, { actor: admin, action: "canned_reply.delete", target: { type: "canned_reply", id: replyId }, data: { title: reply.title }, ip: context.ip });
  });
}

export const DEMO_CANNED_REPLIES: { title: string; body: string }[] = [
  {
    title: "Thanks — we're on it",
    body: [
      "Thanks for reporting this, and for the detail you included.",
      "",
      "The team that owns this API is looking into it now. We will post updates here, and let you know as soon as it is resolved; you don't need to do anything in the meantime.",
    ].join("\n"),
  },
  {
    title: "Need more details",
    body: [
      "Thanks for getting in touch. To look into this we need a little more information:",
      "",
      "- the **request id** (the `X-Request-Id` response header) of a failing call,",
      "- the **exact request** you sent (method, path, and body with any secrets removed),",
      "- the **response** you got, and what you expected instead,",
      "- when it started, and whether it happens every time.",
      "",
      "Reply here with what you have and we will pick it up straight away.",
    ].join("\n"),
  },
];

/** Adds the demo replies that are missing (by title); never changes one an admin edited. */
export async function seedCannedReplies(): Promise<number> {
  let created = 0;
  for (const reply of DEMO_CANNED_REPLIES) {
    const result = await db.cannedReply.createMany({ data: [reply], skipDuplicates: true });
    created += result.count;
  }
  return created;
}
