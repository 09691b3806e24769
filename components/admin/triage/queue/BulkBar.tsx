"use client";

import { Button } from "@/components/ui/Button";
import type { PickerKind } from "./action-options";

const ACTIONS: { kind: PickerKind; label: string; key: string }[] = [
  { kind: "assign", label: "Assign", key: "a" },
  { kind: "priority", label: "Priority", key: "p" },
  { kind: "status", label: "Status", key: "s" },
  { kind: "category", label: "Category", key: "c" },
  { kind: "label", label: "Label", key: "l" },
];

/** The selection's actions for mouse users; the same pickers as the shortcuts. */
export function BulkBar({ count, onAction, onClear }: { count: number; onAction: (kind: PickerKind) => void; onClear: () => void }) {
  return (
    <div role="region" aria-label="Bulk actions" className="sticky top-2 z-10 flex flex-wrap items-center gap-2 rounded-xl border border-brand-200 bg-brand-50 px-3 py-2 shadow-sm dark:border-brand-800 dark:bg-brand-950">
      <span className="text-sm font-semibold text-brand-900 dark:text-brand-100" aria-live="polite">
        {count} selected
      </span>
      {ACTIONS.map((a) => (
        <Button key={a.kind} variant="secondary" className="px-3 py-1" onClick={() => onAction(a.kind)} aria-keyshortcuts={a.key}>
          {a.label}
        </Button>
      ))}
      <Button variant="ghost" className="px-3 py-1" onClick={onClear}>
        Clear selection
      </Button>
    </div>
  );
}
