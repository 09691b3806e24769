import "server-only";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/authorize";
import { db } from "../db";
import { Conflict, Forbidden, Invalid, NotFound } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { fieldErrorsOf } from "../validation";
import { triageStaff } from "./access";
import { queueQueryInput, queueQuerySchema } from "./queue-query";
import { queueQueryErrors } from "./queue-request";

// Saved queue views: a name for a set of filters and a sort. Each staff member keeps their own;
// a shared view is listed for every staff member. Shared ones are audited, as the whole team sees them.

type Context = { ip?: string | null };

export type SavedViewDto = {
  id: string;
  name: string;
  /** The queue's address query, e.g. "status=open&priority=critical". */
  query: string;
  shared: boolean;
  owner: { id: string; name: string };
  mine: boolean;
  canDelete: boolean;
};

/** Only the filter and sort keys of the queue; a cursor or a page size is not part of a view. */
const VIEW_KEYS = Object.keys(queueQuerySchema.shape).filter((key) => key !== "after" && key !== "limit");

/** Validates a view's query string and keeps its filters and sort in a stable form. */
export function normalizeViewQuery(raw: string): string {
  const input = queueQueryInput(new URLSearchParams(raw.replace(/^\?/, "")));
  const kept = Object.fromEntries(Object.entries(input).filter(([key]) => VIEW_KEYS.includes(key)));
  const parsed = queueQuerySchema.safeParse(kept);
  if (!parsed.success) {
    const errors = queueQueryErrors(parsed.error);
    throw new Invalid("The view's filters are not valid.", { query: Object.entries(errors).map(([field, messages]) => `${field}: ${messages.join(" ")}`) });
  }
  return new URLSearchParams(kept).toString();
}

export const viewCreateSchema = z.object({
  name: z.string({ error: "Give the view a name." }).trim().min(1, "Give the view a name.").max(60, "A view's name can be at most 60 characters."),
  query: z.string({ error: "The view's filters must be a query string." }).max(2000, "The view's filters are too long."),
  shared: z.boolean({ error: "Shared is true or false." }).default(false),
});

const viewSelect = { id: true, name: true, query: true, shared: true, owner: { select: { id: true, name: true, email: true } } } as const;
type ViewRow = Prisma.SavedViewGetPayload<{ select: typeof viewSelect }>;

function toDto(view: ViewRow, staff: Actor): SavedViewDto {
  const mine = view.owner.id === staff.id;
  return {
    id: view.id,
    name: view.name,
    query: view.query,
    shared: view.shared,
    owner: { id: view.owner.id, name: view.owner.name?.trim() || view.owner.email },
    mine,
    canDelete: mine || (view.shared && staff.role === "admin"),
  };
}

/** The actor's own views, then the views others share, each by name. */
export async function listViews(actor: Actor | null): Promise<SavedViewDto[]> {
  const { staff } = triageStaff(actor);
  const views = await db.savedView.findMany({
    where: { OR: [{ ownerId: staff.id }, { shared: true }] },
    orderBy: { name: "asc" },
    select: viewSelect,
  });
  const dtos = views.map((view) => toDto(view, staff));
  return [...dtos.filter((v) => v.mine), ...dtos.filter((v) => !v.mine)];
}

export async function createView(actor: Actor | null, input: unknown, context: Context = {}): Promise<SavedViewDto> {
  const { staff } = triageStaff(actor);
  const parsed = viewCreateSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the view.", fieldErrorsOf(parsed.error));
  const { name, shared } = parsed.data;
  const query = normalizeViewQuery(parsed.data.query);
  try {
    return await db.$transaction(async (tx) => {
      const view = await tx.savedView.create({ data: { ownerId: staff.id, name, query, shared }, select: viewSelect });
      if (shared) await recordAudit(tx, { actor: staff, action: "triage.view.share", target: { type: "saved-view", id: view.id }, data: { name, query }, ip: context.ip });
      return toDto(view, staff);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new Conflict(`You already have a view called "${name}". Pick another name or delete that one first.`);
    throw error;
  }
}

/** Owners delete their views; admins may also delete views others share. Others' private views do not exist for the caller. */
export async function deleteView(actor: Actor | null, viewId: string, context: Context = {}): Promise<void> {
  const { staff } = triageStaff(actor);
  const view = await db.savedView.findUnique({ where: { id: viewId }, select: viewSelect });
  if (!view || (view.owner.id !== staff.id && !view.shared)) throw new NotFound("No saved view with this id.");
  if (!toDto(view, staff).canDelete) throw new Forbidden("Only its owner or an admin can delete a shared view.");
  await db.$transaction(async (tx) => {
    await tx.savedView.delete({ where: { id: view.id } });
    if (view.shared) {
      await recordAudit(tx, { actor: staff, action: "triage.view.delete", target: { type: "saved-view", id: view.id }, data: { name: view.name, query: view.query, ownerId: view.owner.id }, ip: context.ip });
    }
  });
}
