import Link from "next/link";
import type { ImportSummary } from "@/lib/catalog/import-version";

const SHOWN_SLUGS = 5;

function OperationChanges({ label, slugs }: { label: string; slugs: string[] }) {
  if (slugs.length === 0) return null;
  const more = slugs.length - SHOWN_SLUGS;
  return (
    <li>
      <span className="font-medium">
        {slugs.length} {label}:
      </span>{" "}
      {slugs.slice(0, SHOWN_SLUGS).map((slug, i) => (
        <span key={slug}>
          {i > 0 && ", "}
          <code className="text-xs">{slug}</code>
        </span>
      ))}
      {more > 0 && ` and ${more} more`}
    </li>
  );
}

/** What an import did: created or updated, which operations changed, and any warnings. */
export function ImportResult({ summary }: { summary: ImportSummary }) {
  const what = `${summary.api} ${summary.version}`;
  const created = [summary.apiCreated && "new API", summary.versionCreated && "new version"].filter(Boolean).join(", ");
  return (
    <div className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950 dark:border-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-100">
      <h3 className="font-semibold">
        {summary.unchanged ? `Unchanged: ${what} is already this document` : `Imported ${what}${created ? ` (${created})` : ""}`}
      </h3>
      <p>
        {summary.operations === 1 ? "1 operation" : `${summary.operations} operations`} in this version
        {summary.unchanged && "; nothing was written"}.
      </p>
      {!summary.unchanged && (
        <ul className="space-y-1">
          <OperationChanges label="added" slugs={summary.added} />
          <OperationChanges label="changed" slugs={summary.changed} />
          <OperationChanges label="removed" slugs={summary.removed} />
          {summary.added.length + summary.changed.length + summary.removed.length === 0 && <li>No operation changed.</li>}
        </ul>
      )}
      {summary.warnings.length > 0 && (
        <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100">
          <p className="font-medium">{summary.warnings.length === 1 ? "1 warning" : `${summary.warnings.length} warnings`}</p>
          <ul className="mt-1 max-h-48 list-disc space-y-1 overflow-y-auto pl-5">
            {summary.warnings.map((warning, i) => (
              <li key={i} className="break-words">
                {warning}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Link
        href={`/docs/${encodeURIComponent(summary.api)}`}
        className="inline-block font-medium text-emerald-800 underline hover:no-underline dark:text-emerald-300"
      >
        Open the {summary.api} docs →
      </Link>
    </div>
  );
}
