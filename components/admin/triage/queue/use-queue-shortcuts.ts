"use client";

import { useEffect, useRef } from "react";
import type { QueueRowDto } from "@/lib/triage/queue-dto";
import type { PickerKind } from "./action-options";
import { isTypingTarget, shortcutFor } from "./shortcuts";

type Handlers = {
  rows: QueueRowDto[];
  cursorIndex: number;
  /** An open dialog handles its own keys. */
  dialogOpen: boolean;
  /** Rows of the previous filters are on screen until the new ones arrive. */
  isStale: boolean;
  moveCursor: (index: number) => void;
  openPicker: (kind: PickerKind) => void;
  open: (row: QueueRowDto) => void;
  toggleSelected: (row: QueueRowDto) => void;
  clearSelection: () => void;
  showHelp: () => void;
  focusSearch: () => void;
};

/** The queue's keys on the whole page; the listener is added once and reads the latest state. */
export function useQueueShortcuts(handlers: Handlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const h = latest.current;
      if (h.dialogOpen) return;
      const action = shortcutFor(event);
      if (!action) {
        if (event.key === "Escape" && !isTypingTarget(event.target)) h.clearSelection();
        return;
      }
      event.preventDefault();
      // Acting on a stale row would hit an item the new filters may not even hold.
      if (h.isStale && action !== "help" && action !== "search") return;
      const row = h.rows[h.cursorIndex];
      switch (action) {
        case "down":
          return h.moveCursor(h.cursorIndex + 1);
        case "up":
          return h.moveCursor(h.cursorIndex - 1);
        case "open":
          return row && h.open(row);
        case "select":
          return row && h.toggleSelected(row);
        case "help":
          return h.showHelp();
        case "search":
          return h.focusSearch();
        default:
          return h.openPicker(action);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
