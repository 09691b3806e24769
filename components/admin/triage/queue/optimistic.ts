// How a change looks in the queue before the server confirms it. Pure, so the rollback is simply
// dropping the overlay and the tests need no browser.
import type { QueueRowDto } from "@/lib/triage/queue-dto";
import type { ItemPatch } from "@/lib/triage/update";
import { priorityOf, type PriorityMatrix } from "@/lib/triage/priority";
import type { People } from "./queue-client";

export type RowOverlay = Partial<Pick<QueueRowDto, "status" | "category" | "categoryConfidence" | "priority" | "assignee" | "team" | "labels">>;

export function optimisticOverlay(row: QueueRowDto, patch: ItemPatch, context: { people: People | undefined; matrix: PriorityMatrix }): RowOverlay {
  const overlay: RowOverlay = {};
  if (patch.status) overlay.status = patch.status;
  if (patch.category) Object.assign(overlay, { category: patch.category, categoryConfidence: null });
  if (patch.severity && patch.impactScope) overlay.priority = priorityOf(context.matrix, patch.severity, patch.impactScope);
  if (patch.assigneeId !== undefined) {
    const person = context.people?.staff.find((p) => p.id === patch.assigneeId);
    overlay.assignee = patch.assigneeId ? { id: patch.assigneeId, name: person?.name ?? "…" } : null;
  }
  if (patch.teamId !== undefined) {
    const team = context.people?.teams.find((t) => t.id === patch.teamId);
    overlay.team = team ? { slug: team.slug, name: team.name } : null;
  }
  if (patch.addLabels?.length || patch.removeLabels?.length) {
    const labels = new Set(row.labels);
    for (const label of patch.addLabels ?? []) labels.add(label);
    for (const label of patch.removeLabels ?? []) labels.delete(label);
    overlay.labels = [...labels];
  }
  return overlay;
}
