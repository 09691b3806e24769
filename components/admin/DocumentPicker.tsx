"use client";

import { useRef, type ChangeEvent } from "react";
import { formatBytes, MAX_FILE_BYTES, MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from "@/lib/catalog/import/upload-limits";
import { Button } from "../ui/Button";
import { SelectField } from "../ui/Field";
import { totalBytes, type ChosenFile } from "./chosen-files";

type Props = {
  files: ChosenFile[];
  skipped: number;
  onChoose: (picked: File[]) => void;
  disabled: boolean;
  errors?: string[];
  rootErrors?: string[];
};

/** Picks one document file or a whole folder, and lists what will be uploaded. */
export function DocumentPicker({ files, skipped, onChoose, disabled, errors, rootErrors }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const errorId = errors?.length ? "document-files-error" : undefined;

  function picked(event: ChangeEvent<HTMLInputElement>) {
    onChoose([...(event.target.files ?? [])]);
    // Cleared so that picking the same file again (after editing it) is seen as a change.
    event.target.value = "";
  }

  return (
    <fieldset className="space-y-3" aria-describedby={["document-files-hint", errorId].filter(Boolean).join(" ")}>
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">OpenAPI document</legend>
      <p id="document-files-hint" className="text-xs text-slate-600 dark:text-slate-400">
        One file, or a folder whose files point at each other with relative <code>$ref</code>s. OpenAPI 3.0/3.1 or Swagger 2.0, as
        YAML or JSON; up to {MAX_UPLOAD_FILES} files of {formatBytes(MAX_FILE_BYTES)} each, {formatBytes(MAX_UPLOAD_BYTES)} in all.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={disabled} onClick={() => fileInput.current?.click()}>
          Choose file
        </Button>
        <Button type="button" variant="secondary" disabled={disabled} onClick={() => folderInput.current?.click()}>
          Choose folder
        </Button>
        {/* Opened by the buttons above, which are the accessible controls. */}
        <input ref={fileInput} type="file" accept=".yaml,.yml,.json" className="hidden" tabIndex={-1} aria-hidden onChange={picked} />
        <input
          ref={(input) => {
            folderInput.current = input;
            // React does not know the non-standard attribute that turns the picker into a folder picker.
            input?.setAttribute("webkitdirectory", "");
          }}
          type="file"
          className="hidden"
          tabIndex={-1}
          aria-hidden
          onChange={picked}
        />
      </div>

      {files.length > 0 && (
        <div className="rounded-lg border border-slate-200 dark:border-slate-800">
          <p className="border-b border-slate-200 px-3 py-2 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300">
            {files.length === 1 ? "1 file" : `${files.length} files`}, {formatBytes(totalBytes(files))}
          </p>
          <ul className="max-h-48 divide-y divide-slate-100 overflow-y-auto text-sm dark:divide-slate-800">
            {files.map(({ path, file }) => (
              <li key={path} className="flex justify-between gap-4 px-3 py-1.5">
                <span className="truncate font-mono text-xs text-slate-900 dark:text-slate-100">{path}</span>
                <span className="shrink-0 tabular-nums text-xs text-slate-600 dark:text-slate-400">{formatBytes(file.size)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {skipped > 0 && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Skipped {skipped === 1 ? "1 file" : `${skipped} files`} that {skipped === 1 ? "is" : "are"} not .yaml, .yml or .json, or
          that sit in hidden folders.
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {errors!.join(" ")}
        </p>
      )}

      {files.length > 1 && (
        <SelectField
          name="root"
          label="Root document"
          hint="The file with the top-level openapi or swagger key. Found automatically when only one file has it."
          errors={rootErrors}
          defaultValue=""
          disabled={disabled}
        >
          <option value="">Find it automatically</option>
          {files.map(({ path }) => (
            <option key={path} value={path}>
              {path}
            </option>
          ))}
        </SelectField>
      )}
    </fieldset>
  );
}
