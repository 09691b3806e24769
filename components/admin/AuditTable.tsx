import type { AuditRecord } from "@/lib/audit/list";
import { EmptyState } from "../ui/EmptyState";
import { Table } from "../ui/Table";
import { utcTime } from "../ui/dates";

function describe(record: AuditRecord): string {
  const data = (record.data ?? {}) as Record<string, unknown>;
  if (record.action === "user.role.change") return `${data.email} from ${data.from} to ${data.to}`;
  if (record.action === "user.external_account.link") return `linked a ${data.provider} sign-in`;
  return `${record.targetType}${record.targetId ? ` ${record.targetId}` : ""}`;
}

export function AuditTable({ records }: { records: AuditRecord[] }) {
  if (records.length === 0) {
    return (
      <EmptyState title="No staff actions yet">
        Role changes and, later, every key and triage action are recorded here with who did it and when.
      </EmptyState>
    );
  }
  return (
    <Table headers={["When", "Who", "Action", "Details"]}>
          {records.map((r) => (
            <tr key={r.id}>
              <td className="whitespace-nowrap px-4 py-3 text-slate-600 tabular-nums dark:text-slate-400">
                <time dateTime={r.createdAt.toISOString()}>{utcTime(r.createdAt)}</time>
              </td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-900 dark:text-slate-100">{r.actorEmail ?? "system"}</td>
              <td className="whitespace-nowrap px-4 py-3">
                <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800 dark:bg-slate-800 dark:text-slate-200">{r.action}</code>
              </td>
              <td className="px-4 py-3 text-slate-700 dark:text-slate-300">{describe(r)}</td>
            </tr>
          ))}
        </Table>
  );
}
