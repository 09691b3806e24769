"use client";

import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button, buttonClasses } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import type { QueuePageDto, QueueRowDto } from "@/lib/triage/queue-dto";
import type { PriorityMatrix } from "@/lib/triage/priority";
import { triageHref } from "@/lib/triage/links";
import { STATUS_LABELS, type Status } from "@/lib/triage/transitions";
import { DEFAULT_QUEUE_QUERY } from "@/lib/triage/queue-query";
import { assignOptions, categoryOptions, labelOptions, PICKER_TITLES, priorityOptions, statusOptions, type PickerKind, type PickerOption } from "./action-options";
import { BulkBar } from "./BulkBar";
import { Picker } from "./Picker";
import { exportHref, fetchPeople, QueueHttpError, queueKeys } from "./queue-client";
import { QueueFilters, SEARCH_INPUT_ID } from "./QueueFilters";
import { QueueTable } from "./QueueTable";
import { ResolutionNoteDialog } from "./ResolutionNoteDialog";
import { SavedViews } from "./SavedViews";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { useQueueActions } from "./use-queue-actions";
import { useQueueData } from "./use-queue-data";
import { useQueueShortcuts } from "./use-queue-shortcuts";


type Props = {
  /** The address's query (no cursor); "status=open" when the page was opened without one. */
  initialQuery: string;
  initialPage: QueuePageDto | null;
  meId: string;
  matrix: PriorityMatrix;
};

/** The triage queue; brings its own query client (polling, optimistic changes). */
export function TriageQueue(props: Props) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: (count, error) => !(error instanceof QueueHttpError && error.status < 500) && count < 2 } } }));
  return (
    <QueryClientProvider client={client}>
      <Queue {...props} />
    </QueryClientProvider>
  );
}

type Dialog = { kind: PickerKind; ids: string[] } | { kind: "note"; option: PickerOption; ids: string[] } | { kind: "help" } | null;

function Queue({ initialQuery, initialPage, meId, matrix }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [query, setQuery] = useState(initialQuery);
  const params = useMemo(() => new URLSearchParams(query), [query]);
  const initial = useMemo(() => (initialPage ? { query: initialQuery, page: initialPage } : null), [initialPage, initialQuery]);
  const data = useQueueData(query, initial);
  const people = useQuery({ queryKey: queueKeys.people, queryFn: fetchPeople, staleTime: 5 * 60_000 });
  const actions = useQueueActions({ people: people.data, matrix, patchLoadedRows: data.patchLoadedRows });
  const { withOverlays } = actions;
  const rows = useMemo(() => withOverlays(data.rows), [withOverlays, data.rows]);

  // The cursor follows its item when a poll adds or removes rows above it; if the item left the view, the place stays.
  const [cursor, setCursor] = useState<{ id: string | null; index: number }>({ id: null, index: 0 });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog>(null);
  const cursorFound = cursor.id ? rows.findIndex((row) => row.id === cursor.id) : -1;
  const cursorIndex = cursorFound >= 0 ? cursorFound : Math.min(cursor.index, Math.max(0, rows.length - 1));
  const placeCursor = useCallback((index: number, list: QueueRowDto[]) => setCursor({ id: list[index]?.id ?? null, index }), []);
  // Selected items that a change moved out of this view no longer count.
  const selectedCount = rows.filter((row) => selected.has(row.id)).length;

  const changeQuery = useCallback(
    (next: string) => {
      setQuery(next);
      setCursor({ id: null, index: 0 });
      setSelected(new Set());
      router.replace(next ? `${pathname}?${next}` : pathname, { scroll: false });
    },
    [pathname, router],
  );
  const setFilter = useCallback(
    (key: string, value: string) => {
      const next = new URLSearchParams(query);
      if (value) next.set(key, value);
      else next.delete(key);
      changeQuery(next.toString());
    },
    [query, changeQuery],
  );

  const focusRow = useCallback((index: number) => {
    // The table and the cards both carry the index; only one of them is displayed.
    const element = [...document.querySelectorAll<HTMLElement>(`[data-row-index="${index}"]`)].find((el) => el.offsetParent !== null);
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: "nearest" });
  }, []);
  const moveCursor = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(index, rows.length - 1));
      placeCursor(next, rows);
      focusRow(next);
    },
    [rows, placeCursor, focusRow],
  );

  const targetsOf = useCallback((ids: string[]) => rows.filter((row) => ids.includes(row.id)), [rows]);
  const currentTargets = useCallback((): string[] => {
    if (selected.size) return rows.filter((r) => selected.has(r.id)).map((r) => r.id);
    const row = rows[cursorIndex];
    return row ? [row.id] : [];
  }, [selected, rows, cursorIndex]);

  const openPicker = useCallback(
    (kind: PickerKind) => {
      const ids = currentTargets();
      if (ids.length) setDialog({ kind, ids });
    },
    [currentTargets],
  );
  const closeDialog = useCallback(() => {
    setDialog(null);
    requestAnimationFrame(() => focusRow(cursorIndex));
  }, [focusRow, cursorIndex]);

  const choose = (ids: string[], option: PickerOption) => {
    if (option.needsNote) return setDialog({ kind: "note", option, ids });
    closeDialog();
    void actions.apply(targetsOf(ids), option.patch, option.label);
  };

  useQueueShortcuts({
    rows,
    cursorIndex,
    dialogOpen: dialog !== null,
    isStale: data.isStale,
    moveCursor,
    openPicker,
    open: (row) => router.push(triageHref(row.number)),
    toggleSelected: (row) => setSelected((current) => toggled(current, row.id)),
    clearSelection: () => setSelected(new Set()),
    showHelp: () => setDialog({ kind: "help" }),
    focusSearch: () => document.getElementById(SEARCH_INPUT_ID)?.focus(),
  });

  const isDefault = query === DEFAULT_QUEUE_QUERY;
  const total = data.capped ? `${data.count.toLocaleString("en")}+` : data.count.toLocaleString("en");

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <SavedViews query={query} onApply={(q) => changeQuery(q || DEFAULT_QUEUE_QUERY)} />
        <div className="flex items-center gap-2">
          <a href={exportHref(query)} className={buttonClasses("secondary", "px-3 py-1.5")} download>
            Export CSV
          </a>
          <Button variant="ghost" className="px-3 py-1.5" onClick={() => setDialog({ kind: "help" })} aria-keyshortcuts="?">
            Shortcuts <kbd className="font-mono text-xs">?</kbd>
          </Button>
        </div>
      </div>

      <QueueFilters params={params} people={people.data} onChange={setFilter} />

      <div className="flex items-center justify-between text-sm text-slate-600 dark:text-slate-400">
        <p aria-live="polite">
          {data.isPending ? "Loading…" : `${total} item${data.count === 1 ? "" : "s"}`}
        </p>
        {!isDefault && (
          <button type="button" className="font-medium text-brand-700 hover:underline dark:text-brand-300" onClick={() => changeQuery(DEFAULT_QUEUE_QUERY)}>
            Clear filters
          </button>
        )}
      </div>

      {actions.notice && (
        <Alert tone={actions.notice.tone} className="flex items-start justify-between gap-3">
          <span>{actions.notice.text}</span>
          <button type="button" className="shrink-0 text-xs font-semibold underline" onClick={actions.dismissNotice}>
            Dismiss
          </button>
        </Alert>
      )}
      {data.error && <Alert tone="error">The queue could not be loaded: {data.error.message}</Alert>}

      {selectedCount > 0 && <BulkBar count={selectedCount} onAction={openPicker} onClear={() => setSelected(new Set())} />}

      {rows.length > 0 ? (
        <div aria-busy={data.isStale} className={data.isStale ? "opacity-60 transition-opacity" : undefined}>
          <QueueTable rows={rows} cursor={cursorIndex} selected={selected} fresh={data.fresh} onCursor={(index) => placeCursor(index, rows)} onToggle={(id) => setSelected((current) => toggled(current, id))} />
        </div>
      ) : (
        !data.isPending && !data.error && <QueueEmpty isDefault={isDefault} onClear={() => changeQuery(DEFAULT_QUEUE_QUERY)} />
      )}

      {data.moreError && <Alert tone="error">{data.moreError}</Alert>}
      {data.nextCursor && (
        <div className="flex justify-center">
          <Button variant="secondary" onClick={() => void data.loadMore()} disabled={data.loadingMore}>
            {data.loadingMore ? "Loading…" : "Load more"}
          </Button>
        </div>
      )}

      <p className="text-xs text-slate-500 dark:text-slate-400">
        j / k move, Enter opens, x selects, a assign, p priority, s status, c category, l label, ? all shortcuts. Refreshes every 5 seconds.
      </p>

      {dialog?.kind === "help" && <ShortcutsDialog onClose={closeDialog} />}
      {dialog && dialog.kind !== "help" && dialog.kind !== "note" && (
        <Picker
          title={`${PICKER_TITLES[dialog.kind]}${dialog.ids.length > 1 ? ` (${dialog.ids.length} items)` : ""}`}
          placeholder={dialog.kind === "label" ? "Type a label to add, or pick one to remove" : "Type to filter"}
          emptyText={EMPTY_PICKER[dialog.kind](people.isPending)}
          optionsFor={(typed) => optionsFor(dialog.kind, targetsOf(dialog.ids), typed, { people: people.data, meId, matrix })}
          onChoose={(option) => choose(dialog.ids, option)}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === "note" && (
        <ResolutionNoteDialog
          statusLabel={STATUS_LABELS[dialog.option.patch.status as Status]}
          count={dialog.ids.length}
          onClose={closeDialog}
          onConfirm={(note) => {
            const ids = dialog.ids;
            const option = dialog.option;
            closeDialog();
            void actions.apply(targetsOf(ids), { ...option.patch, resolutionNote: note }, option.label);
          }}
        />
      )}
    </div>
  );
}

const EMPTY_PICKER: Record<PickerKind, (loadingPeople: boolean) => string> = {
  assign: (loading) => (loading ? "Loading staff…" : "No staff member may take this item."),
  priority: () => "No priorities are set up.",
  status: () => "No status change is allowed from here; duplicates are merged on the item page.",
  category: () => "No categories.",
  label: () => "Type a label to add it.",
};

function optionsFor(kind: PickerKind, targets: QueueRowDto[], typed: string, context: { people: Parameters<typeof assignOptions>[1]; meId: string; matrix: PriorityMatrix }): PickerOption[] {
  switch (kind) {
    case "assign":
      return assignOptions(targets, context.people, context.meId);
    case "priority":
      return priorityOptions(context.matrix);
    case "status":
      return statusOptions(targets);
    case "category":
      return categoryOptions();
    case "label":
      return labelOptions(targets, typed);
  }
}

function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

function QueueEmpty({ isDefault, onClear }: { isDefault: boolean; onClear: () => void }) {
  if (isDefault) {
    return <EmptyState title="No open feedback.">New reports, negative ratings and unanswered threads appear here.</EmptyState>;
  }
  return (
    <EmptyState
      title="Nothing matches these filters."
      action={
        <Button variant="secondary" onClick={onClear}>
          Clear filters
        </Button>
      }
    />
  );
}
