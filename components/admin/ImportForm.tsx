"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { ImportSummary } from "@/lib/catalog/import-version";
import { VERSION_STATUS_LABELS, VISIBILITY_LABELS } from "@/lib/catalog/labels";
import { VERSION_STATUSES, VISIBILITIES } from "@/lib/catalog/schemas";
import type { FieldErrors } from "@/lib/errors";
import type { Problem } from "@/lib/http/problem";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { SelectField, TextField } from "../ui/Field";
import { chooseDocumentFiles, uploadProblem, type ChosenFile } from "./chosen-files";
import { DocumentPicker } from "./DocumentPicker";
import { ImportResult } from "./ImportResult";
import { sendImport } from "./send-import";

type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; percent: number }
  | { kind: "importing" }
  | { kind: "done"; summary: ImportSummary }
  | { kind: "failed"; problem: Problem };

function UploadProgress({ phase }: { phase: { kind: "uploading"; percent: number } | { kind: "importing" } }) {
  const percent = phase.kind === "uploading" ? phase.percent : 100;
  return (
    <div className="space-y-1.5">
      <div
        role="progressbar"
        aria-label="Upload"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className={`h-full rounded-full bg-brand-600 transition-[width] dark:bg-brand-400 ${phase.kind === "importing" ? "animate-pulse" : ""}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      {/* Inside the form's live region: the phase is announced, each percent step is not. */}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {phase.kind === "uploading" ? (
          <>
            Uploading… <span aria-hidden className="tabular-nums">{percent}%</span>
          </>
        ) : (
          "Validating and importing…"
        )}
      </p>
    </div>
  );
}

/**
 * Uploads an OpenAPI document (one file or a folder) to the staff import API and shows what the
 * import did. The server validates everything again; the checks here only save a wasted upload.
 */
export function ImportForm({ knownApis }: { knownApis: string[] }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<{ files: ChosenFile[]; skipped: number }>({ files: [], skipped: 0 });
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const inFlight = useRef<AbortController | null>(null);
  const busy = phase.kind === "uploading" || phase.kind === "importing";

  // Leaving the page cancels an upload still in progress.
  useEffect(() => () => inFlight.current?.abort(), []);

  function choose(picked: File[]) {
    setChosen(chooseDocumentFiles(picked));
    setFieldErrors(({ files: _files, root: _root, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = uploadProblem(chosen.files);
    if (problem) {
      setFieldErrors({ files: [problem] });
      setPhase({ kind: "idle" });
      return;
    }
    const body = new FormData(event.currentTarget);
    // The relative path goes as the file name: the server keys the document's files by it.
    for (const { file, path } of chosen.files) body.append("files", file, path);
    setFieldErrors({});
    setPhase({ kind: "uploading", percent: 0 });
    const controller = new AbortController();
    inFlight.current = controller;
    const outcome = await sendImport(
      body,
      { progress: (percent) => setPhase({ kind: "uploading", percent }), uploaded: () => setPhase({ kind: "importing" }) },
      controller.signal,
    );
    if (controller.signal.aborted) return;
    inFlight.current = null;
    if (outcome.ok) {
      setPhase({ kind: "done", summary: outcome.summary });
      router.refresh();
    } else {
      setPhase({ kind: "failed", problem: outcome.problem });
      setFieldErrors(outcome.problem.errors ?? {});
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-6" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="API slug"
          name="api"
          required
          autoComplete="off"
          list="known-apis"
          placeholder="e.g. payments"
          hint="Lower-case letters, digits and dashes; the API's address in the docs. An existing slug gets a new or updated version."
          errors={fieldErrors.api}
          disabled={busy}
        />
        <datalist id="known-apis">
          {knownApis.map((slug) => (
            <option key={slug} value={slug} />
          ))}
        </datalist>
        <TextField
          label="Version label (optional)"
          name="version"
          autoComplete="off"
          placeholder="e.g. v2"
          hint="Defaults to the document's info.version."
          errors={fieldErrors.version}
          disabled={busy}
        />
        <TextField
          label="Display name (optional)"
          name="name"
          autoComplete="off"
          hint="Defaults to the document's title for a new API; left empty, an existing API keeps its name."
          errors={fieldErrors.name}
          disabled={busy}
        />
        <SelectField label="Visibility" name="visibility" defaultValue="" errors={fieldErrors.visibility} disabled={busy}>
          <option value="">Keep as is (new APIs: public)</option>
          {VISIBILITIES.map((visibility) => (
            <option key={visibility} value={visibility}>
              {VISIBILITY_LABELS[visibility]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Version status" name="status" defaultValue="" errors={fieldErrors.status} disabled={busy}>
          <option value="">Keep as is (new versions: current)</option>
          {VERSION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {VERSION_STATUS_LABELS[status]}
            </option>
          ))}
        </SelectField>
      </div>

      <DocumentPicker
        files={chosen.files}
        skipped={chosen.skipped}
        onChoose={choose}
        disabled={busy}
        errors={fieldErrors.files}
        rootErrors={fieldErrors.root}
      />

      <Button type="submit" disabled={busy}>
        {busy ? "Importing…" : "Import"}
      </Button>

      {phase.kind === "failed" && (
        <Alert tone="error">
          <p className="font-semibold">{phase.problem.title}</p>
          <p className="mt-1 whitespace-pre-wrap break-words font-mono text-xs sm:text-sm">{phase.problem.detail}</p>
        </Alert>
      )}
      <div aria-live="polite" className="space-y-3">
        {(phase.kind === "uploading" || phase.kind === "importing") && <UploadProgress phase={phase} />}
        {phase.kind === "done" && <ImportResult summary={phase.summary} />}
      </div>
    </form>
  );
}
