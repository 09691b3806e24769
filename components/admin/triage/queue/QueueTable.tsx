"use client";

import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { QueueRowDto } from "@/lib/triage/queue-dto";
import { triageHref } from "@/lib/triage/links";
import { Affected, Age, CategoryText, KIND_LABELS, Owner, PriorityBadge, SlaText, StatusText, TitleMarks, Where } from "./QueueCells";

type Props = {
  rows: QueueRowDto[];
  cursor: number;
  selected: ReadonlySet<string>;
  fresh: ReadonlySet<string>;
  onCursor: (index: number) => void;
  onToggle: (id: string) => void;
};

// Kind and API / version / operation sit under the title, so the title keeps room to be read.
const HEADERS = ["Item", "Category", "Priority", "SLA", "Status", "Assignee / team", "Affected", "Age"];

const rowClasses = (isCursor: boolean, isSelected: boolean, isFresh: boolean) =>
  cn(
    "outline-none transition-colors",
    isSelected && "bg-brand-50/70 dark:bg-brand-950/40",
    isFresh && "bg-amber-50 dark:bg-amber-950/40",
    isCursor && "ring-2 ring-inset ring-brand-500 dark:ring-brand-400",
  );

function SelectBox({ row, checked, onToggle }: { row: QueueRowDto; checked: boolean; onToggle: (id: string) => void }) {
  return <input type="checkbox" className="size-4 accent-brand-600" checked={checked} onChange={() => onToggle(row.id)} aria-label={`Select T-${row.number}`} />;
}

/** The queue as a table from tablet width, as cards on a phone; the keyboard cursor works on both. */
export function QueueTable({ rows, cursor, selected, fresh, onCursor, onToggle }: Props) {
  return (
    <>
      <div className="hidden overflow-x-auto rounded-xl border border-slate-200 md:block dark:border-slate-800">
        <table role="grid" aria-label="Triage queue" aria-multiselectable="false" className="min-w-full divide-y divide-slate-200 text-left text-sm dark:divide-slate-800">
          <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:bg-slate-900 dark:text-slate-400">
            <tr>
              <th scope="col" className="w-8 px-3 py-2">
                <span className="sr-only">Selected</span>
              </th>
              {HEADERS.map((h) => (
                <th key={h} scope="col" className="px-3 py-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {rows.map((row, i) => (
              <tr
                key={row.id}
                data-row-index={i}
                tabIndex={-1}
                aria-selected={i === cursor}
                className={rowClasses(i === cursor, selected.has(row.id), fresh.has(row.id))}
                onClick={() => onCursor(i)}
              >
                <td className="px-3 py-2">
                  <SelectBox row={row} checked={selected.has(row.id)} onToggle={onToggle} />
                </td>
                <td className="min-w-[18rem] max-w-xl px-3 py-2">
                  <Link href={triageHref(row.number)} className="font-medium text-slate-900 hover:text-brand-700 hover:underline dark:text-white dark:hover:text-brand-300">
                    <span className="mr-1 font-mono text-xs text-slate-500 dark:text-slate-400">T-{row.number}</span>
                    {row.title}
                  </Link>
                  <span className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-slate-600 dark:text-slate-400">
                    <span>{KIND_LABELS[row.kind]}</span>
                    <span aria-hidden="true">·</span>
                    <Where row={row} />
                    <TitleMarks row={row} />
                  </span>
                </td>
                <td className="px-3 py-2">
                  <CategoryText row={row} />
                </td>
                <td className="px-3 py-2">
                  <PriorityBadge priority={row.priority} />
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  <SlaText sla={row.sla} />
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  <StatusText status={row.status} />
                </td>
                <td className="px-3 py-2">
                  <Owner row={row} />
                </td>
                <td className="px-3 py-2">
                  <Affected row={row} />
                </td>
                <td className="px-3 py-2">
                  <Age createdAt={row.createdAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul role="grid" aria-label="Triage queue" className="space-y-2 md:hidden">
        {rows.map((row, i) => (
          <li
            key={row.id}
            role="row"
            data-row-index={i}
            tabIndex={-1}
            aria-selected={i === cursor}
            className={cn("rounded-xl border border-slate-200 p-3 dark:border-slate-800", rowClasses(i === cursor, selected.has(row.id), fresh.has(row.id)))}
            onClick={() => onCursor(i)}
          >
            <div role="gridcell" className="flex items-start gap-2">
              <SelectBox row={row} checked={selected.has(row.id)} onToggle={onToggle} />
              <div className="min-w-0 flex-1 space-y-1">
                <Link href={triageHref(row.number)} className="block font-medium text-slate-900 hover:underline dark:text-white">
                  <span className="mr-1 font-mono text-xs text-slate-500 dark:text-slate-400">T-{row.number}</span>
                  {row.title}
                </Link>
                <div className="flex flex-wrap items-center gap-1.5 text-xs text-slate-600 dark:text-slate-400">
                  <span>{KIND_LABELS[row.kind]}</span>
                  <PriorityBadge priority={row.priority} />
                  <SlaText sla={row.sla} />
                  <TitleMarks row={row} />
                </div>
                <Where row={row} />
                <div className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
                  <StatusText status={row.status} />
                  <CategoryText row={row} />
                  <Owner row={row} />
                  <Affected row={row} />
                  <Age createdAt={row.createdAt} />
                </div>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
