import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/authorize";
import { isStaffRole } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { refreshDocsPages } from "../catalog/docs-cache";
import { db, type Tx } from "../db";
import { Conflict, Invalid } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { notify } from "../notify/notify";
import { notifyReportFollowers } from "../notify/report-notifications";
import { fieldErrorsOf } from "../validation";
import { triageStaff } from "./access";
import { TRIAGE_CATEGORIES } from "./classifier/categories";
import { clockAfter, clockColumnsOf } from "./item-clock";
import { lockItem, notifiedReport, type ItemRecord } from "./item-record";
import { IMPACT_SCOPES, priorityOf, SEVERITIES } from "./priority";
import { loadTriageSettings } from "./settings";
import { checkTransition, reportStatusFor, STATUSES, type Status } from "./transitions";
import { triageHref } from "./links";

const label = z
  .string({ error: "A label must be text." })
  .trim()
  .min(1, "A label cannot be empty.")
  .max(40, "A label can be at most 40 characters.")
  .regex(/^[\p{L}\p{N} _.:/-]+$/u, "A label can hold letters, digits, spaces and - _ . : / only.");

/** PATCH /api/admin/triage/items/{id} and the bulk actions: every field optional, at least one given. */
export const itemPatchSchema = z
  .object({
    status: z.enum(STATUSES, { error: `Status must be one of: ${STATUSES.join(", ")}.` }).optional(),
    resolutionNote: z.string({ error: "The resolution note must be text." }).trim().max(10_000, "A note can be at most 10,000 characters.").optional(),
    category: z.enum(TRIAGE_CATEGORIES, { error: `Category must be one of: ${TRIAGE_CATEGORIES.join(", ")}.` }).optional(),
    severity: z.enum(SEVERITIES, { error: `Severity must be one of: ${SEVERITIES.join(", ")}.` }).nullable().optional(),
    impactScope: z.enum(IMPACT_SCOPES, { error: `Impact must be one of: ${IMPACT_SCOPES.join(", ")}.` }).nullable().optional(),
    assigneeId: z.string().min(1).max(64).nullable().optional(),
    teamId: z.string().min(1).max(64).nullable().optional(),
    addLabels: z.array(label).max(10, "At most 10 labels at once.").optional(),
    removeLabels: z.array(label).max(10, "At most 10 labels at once.").optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: "Say what to change." });

export type ItemPatch = z.output<typeof itemPatchSchema>;

type Context = { ip?: string | null; now?: Date };
type Staff = Actor;

export function parsePatch(input: unknown): ItemPatch {
  const parsed = itemPatchSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the change.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** Applies a change to one item: validated, recorded on its timeline and in the audit log, announced to whom it concerns. */
export async function updateItem(actor: Actor | null, itemId: string, input: unknown, context: Context = {}): Promise<void> {
  const { staff, security } = triageStaff(actor);
  const patch = parsePatch(input);
  const settings = await loadTriageSettings();
  const now = context.now ?? new Date();
  const publicChange = await db.$transaction(async (tx) => applyPatch(tx, staff, await lockItem(tx, itemId, security), patch, settings, now, context));
  if (publicChange) refreshDocsPages(); // "Known issues" lists open public reports
}

/** The same change on several items; each is checked on its own, and the ones refused are named. */
export async function updateItems(actor: Actor | null, itemIds: string[], input: unknown, context: Context = {}): Promise<{ updated: number; refused: { id: string; reason: string }[] }> {
  const { staff, security } = triageStaff(actor);
  const patch = parsePatch(input);
  const settings = await loadTriageSettings();
  const now = context.now ?? new Date();
  const refused: { id: string; reason: string }[] = [];
  let updated = 0;
  let publicChange = false;
  for (const id of new Set(itemIds)) {
    try {
      publicChange = (await db.$transaction(async (tx) => applyPatch(tx, staff, await lockItem(tx, id, security), patch, settings, now, context))) || publicChange;
      updated++;
    } catch (error) {
      if (!(error instanceof Error) || !("status" in error)) throw error;
      refused.push({ id, reason: error.message });
    }
  }
  if (publicChange) refreshDocsPages();
  return { updated, refused };
}

type Settings = Awaited<ReturnType<typeof loadTriageSettings>>;
type EventInput = { kind: Prisma.TriageEventCreateManyInput["kind"]; data: Prisma.InputJsonObject; body?: string };

/** Returns whether a public report changed status (the docs pages show open public reports). */
async function applyPatch(tx: Tx, staff: Staff, item: ItemRecord, patch: ItemPatch, settings: Settings, now: Date, context: Context): Promise<boolean> {
  const data: Prisma.TriageItemUncheckedUpdateInput = {};
  const events: EventInput[] = [];

  if (patch.category && (patch.category !== item.category || !item.categoryByStaff)) {
    Object.assign(data, { category: patch.category, categoryConfidence: null, categoryByStaff: true });
    events.push({ kind: "category", data: { from: item.category, to: patch.category, confidence: item.categoryConfidence, override: true } });
  }

  const severity = patch.severity === undefined ? item.severity : patch.severity;
  const impactScope = patch.impactScope === undefined ? item.impactScope : patch.impactScope;
  let priority = item.priority;
  if (severity !== item.severity || impactScope !== item.impactScope) {
    Object.assign(data, { severity, impactScope });
    if (severity && impactScope) priority = priorityOf(settings.matrix, severity, impactScope);
    events.push({ kind: "priority", data: { severity, impactScope, from: item.priority, to: priority } });
  }

  if (patch.assigneeId !== undefined && patch.assigneeId !== item.assigneeId) {
    if (patch.assigneeId) await checkAssignee(tx, patch.assigneeId, item);
    data.assigneeId = patch.assigneeId;
    events.push({ kind: "assignment", data: { assigneeFrom: item.assigneeId, assigneeTo: patch.assigneeId } });
  }
  if (patch.teamId !== undefined && patch.teamId !== item.teamId) {
    if (patch.teamId && !(await tx.team.findUnique({ where: { id: patch.teamId }, select: { id: true } }))) {
      throw new Invalid("There is no such team.", { teamId: ["No team with this id."] });
    }
    data.teamId = patch.teamId;
    events.push({ kind: "assignment", data: { teamFrom: item.teamId, teamTo: patch.teamId } });
  }

  if (patch.addLabels?.length || patch.removeLabels?.length) {
    const labels = new Set(item.labels);
    for (const l of patch.addLabels ?? []) labels.add(l);
    for (const l of patch.removeLabels ?? []) labels.delete(l);
    const next = [...labels].slice(0, 20);
    if (next.join("\n") !== item.labels.join("\n")) {
      data.labels = next;
      events.push({ kind: "label", data: { added: next.filter((l) => !item.labels.includes(l)), removed: item.labels.filter((l) => !next.includes(l)) } });
    }
  }

  const to = patch.status && patch.status !== item.status ? (patch.status as Status) : undefined;
  if (to) {
    if (to === "duplicate") throw new Conflict("Merge the item into the one it duplicates: that moves its followers and links the two.");
    const allowed = checkTransition(item.status, to, { resolutionNote: patch.resolutionNote });
    if (!allowed.ok) throw new Conflict(allowed.reason);
    events.push({ kind: "status", data: { from: item.status, to }, body: patch.resolutionNote || undefined });
  }
  const reporterSees = to !== undefined && reportStatusFor(item.status as Status) !== reportStatusFor(to);
  // A status the reporter sees change is a first answer; a rating has no other answer than its handling.
  const answered = reporterSees || (to !== undefined && item.kind === "rating");

  if (to || priority !== item.priority || answered) {
    Object.assign(
      data,
      clockAfter(clockColumnsOf(item), { status: to, priority, answered }, settings, now),
    );
  }
  if (events.length === 0) return false;

  await tx.triageItem.update({ where: { id: item.id }, data });
  await tx.triageEvent.createMany({ data: events.map((e) => ({ itemId: item.id, actorId: staff.id, kind: e.kind, data: e.data, body: e.body ?? null })) });
  await recordAudit(tx, {
    actor: staff,
    action: "triage.item.update",
    target: { type: "triage-item", id: item.id },
    data: { number: item.number, changes: events.map((e) => ({ kind: e.kind, ...e.data })) } as Prisma.InputJsonObject,
    ip: context.ip,
  });
  if (patch.assigneeId && patch.assigneeId !== item.assigneeId) await tellAssignee(tx, staff, item, patch.assigneeId);
  return to ? await syncReport(tx, staff, item, to, patch.resolutionNote, reporterSees) : false;
}

/** Assignees are staff; security items go only to security staff and admins. */
async function checkAssignee(tx: Tx, userId: string, item: ItemRecord): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!user || !isStaffRole(user.role)) throw new Invalid("Assign the item to a staff member.", { assigneeId: ["No staff member with this id."] });
  if (item.visibility === "security" && user.role !== "security" && user.role !== "admin") {
    throw new Invalid("Security items can only be assigned to security staff or admins.", { assigneeId: ["This person may not see security items."] });
  }
}

async function tellAssignee(tx: Tx, staff: Staff, item: ItemRecord, assigneeId: string): Promise<void> {
  await notify(tx, {
    userIds: [assigneeId],
    kind: "triage_assigned",
    title: `${staff.name?.trim() || staff.email} assigned T-${item.number} to you: “${item.title}”`,
    url: triageHref(item.number),
    actorId: staff.id,
    email: { actionLabel: "Open the item", reason: "an item of the triage queue was assigned to you" },
  });
}

/**
 * Keeps the report in step with its item: the reporter's status, the timeline entry, the
 * resolution note as a public reply, and the followers told. Returns whether a public report changed.
 */
async function syncReport(tx: Tx, staff: Staff, item: ItemRecord, to: Status, note: string | undefined, reporterSees: boolean): Promise<boolean> {
  const report = notifiedReport(item);
  if (!report || !item.report) return false;
  const status = reportStatusFor(to);
  if (!reporterSees) return false;
  const closing = status === "closed" || status === "wont_fix" || status === "duplicate";
  await tx.issueReport.update({ where: { id: report.id }, data: { status, closedAt: closing ? new Date() : null } });
  await tx.reportEvent.create({ data: { reportId: report.id, actorId: staff.id, kind: "status_change", fromStatus: item.report.status, toStatus: status } });
  if (note) await tx.reportEvent.create({ data: { reportId: report.id, actorId: staff.id, kind: "comment", body: note } });
  await notifyReportFollowers(tx, report, { kind: "status", to: status, note }, staff.id);
  return report.visibility === "public";
}
