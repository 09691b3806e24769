"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import { inputClasses, labelClasses } from "@/components/ui/Field";
import { QueueDialog } from "./Picker";

/** Resolving (or "won't fix") needs a note: the reporter reads it. Ctrl+Enter or the button confirms. */
export function ResolutionNoteDialog({ statusLabel, count, onConfirm, onClose }: { statusLabel: string; count: number; onConfirm: (note: string) => void; onClose: () => void }) {
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);

  const confirm = () => {
    if (!note.trim()) return setError("Write what was done: the reporter reads this note.");
    onConfirm(note.trim());
  };

  return (
    <QueueDialog title={`${statusLabel}${count > 1 ? ` (${count} items)` : ""}`} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          confirm();
        }}
        className="space-y-3"
      >
        <label htmlFor={id} className={labelClasses}>
          Resolution note
        </label>
        <textarea
          ref={area}
          id={id}
          rows={4}
          className={inputClasses}
          value={note}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setNote(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              confirm();
            }
          }}
        />
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          Sent to the reporter as a public reply. Ctrl+Enter to confirm.
        </p>
        {error && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit">{statusLabel}</Button>
        </div>
      </form>
    </QueueDialog>
  );
}
