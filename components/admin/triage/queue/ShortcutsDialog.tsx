"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/Button";
import { QueueDialog } from "./Picker";
import { SHORTCUTS } from "./shortcuts";

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <QueueDialog title="Keyboard shortcuts" onClose={onClose}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {SHORTCUTS.map((s) => (
          <div key={s.keys} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">{s.keys}</kbd>
            </dt>
            <dd className="text-slate-700 dark:text-slate-300">{s.description}</dd>
          </div>
        ))}
        <div className="contents">
          <dt>
            <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">Esc</kbd>
          </dt>
          <dd className="text-slate-700 dark:text-slate-300">Close a picker or dialog</dd>
        </div>
      </dl>
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">With items selected (x), a, p, s, c and l change all of them.</p>
      <div className="mt-4 flex justify-end">
        <Button ref={close} variant="secondary" onClick={onClose}>
          Close
        </Button>
      </div>
    </QueueDialog>
  );
}
