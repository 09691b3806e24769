import "server-only";
import { stringify } from "csv-stringify/sync";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/authorize";
import { db } from "../db";
import { triageStaff } from "./access";
import { TRIAGE_CATEGORY_LABELS } from "./classifier/categories";
import { PRIORITY_LABELS } from "./priority";
import { listQueue, type QueueRow } from "./queue";
import { queueQueryString, type QueueQuery } from "./queue-query";
import { STATUS_LABELS } from "./transitions";

// The queue's current view as CSV: the same filters and sort, page after page by keyset, so a deep
// export costs what the queue's pages cost. Security items come only for those who may see them,
// because listQueue leaves them out for everyone else.

export const MAX_EXPORT_ROWS = 50_000;
const CHUNK_ROWS = 1_000;

const HEADER = ["number", "kind", "title", "api", "version", "operation", "category", "priority", "status", "assignee", "team", "SLA due", "affected", "affected apps", "created"];

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab / carriage return) as a formula;
 * a leading apostrophe makes it plain text (OWASP's advice for CSV injection).
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function csvRow(row: QueueRow): (string | number)[] {
  const text = [
    `T-${row.number}`,
    row.kind,
    row.title,
    row.api?.slug ?? "",
    row.versionLabel ?? "",
    row.operationSlug ?? "",
    row.category ? TRIAGE_CATEGORY_LABELS[row.category] : "",
    row.priority ? PRIORITY_LABELS[row.priority] : "",
    STATUS_LABELS[row.status],
    row.assignee?.name ?? "",
    row.team?.name ?? "",
    row.slaDueAt?.toISOString() ?? "",
  ].map(neutralizeFormula);
  return [...text, row.affectedCount, row.affectedApps, row.createdAt.toISOString()];
}

export type QueueExport = { csv: string; rows: number; truncated: boolean; filename: string };

/** Builds the CSV of the view (at most 50,000 rows) and records who exported what. */
export async function exportQueue(actor: Actor | null, query: QueueQuery, context: { ip?: string | null; now?: Date } = {}): Promise<QueueExport> {
  const { staff } = triageStaff(actor);
  const now = context.now ?? new Date();
  const parts = [stringify([HEADER])];
  let rows = 0;
  let after: string | undefined;
  let truncated = false;
  do {
    const page = await listQueue(staff, { ...query, after, limit: Math.min(CHUNK_ROWS, MAX_EXPORT_ROWS - rows) }, now);
    parts.push(stringify(page.items.map(csvRow)));
    rows += page.items.length;
    after = page.nextCursor ?? undefined;
    truncated = Boolean(after) && rows >= MAX_EXPORT_ROWS;
  } while (after && rows < MAX_EXPORT_ROWS);
  const filter = queueQueryString(queryWithoutPaging(query));
  await recordAudit(db, { actor: staff, action: "triage.export", target: { type: "triage-queue" }, data: { filter, rows, truncated }, ip: context.ip });
  return { csv: parts.join(""), rows, truncated, filename: `triage-${now.toISOString().slice(0, 10)}.csv` };
}

function queryWithoutPaging(query: QueueQuery): Partial<QueueQuery> {
  const { after: _after, limit: _limit, ...filters } = query;
  return filters;
}
