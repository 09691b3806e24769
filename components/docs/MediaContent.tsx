import type { JsonSchema, MediaTypeContent } from "@/lib/catalog/types";
import { exampleForMedia } from "@/lib/catalog/examples";
import { highlight } from "@/lib/highlight";
import { SchemaView } from "./SchemaView";

/** One media type of a request or response body: its schema and an example. */
export async function MediaContent({ mediaType, content, schemas }: { mediaType: string; content: MediaTypeContent; schemas: Record<string, JsonSchema> }) {
  const example = exampleForMedia(content, schemas);
  const exampleText = typeof example === "string" ? example : JSON.stringify(example, null, 2);
  const html = example !== undefined && exampleText ? await highlight(exampleText.slice(0, 20_000), typeof example === "string" ? "bash" : "json") : null;
  return (
    <div className="space-y-3">
      <p className="text-xs font-medium text-slate-600 dark:text-slate-400">
        Content type <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800 dark:bg-slate-800 dark:text-slate-200">{mediaType}</code>
      </p>
      {content.schema ? <SchemaView schema={content.schema} schemas={schemas} /> : <p className="text-sm text-slate-600 dark:text-slate-400">No schema given.</p>}
      {html && (
        <div>
          <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Example</p>
          <div tabIndex={0} aria-label={`Example ${mediaType} body`} dangerouslySetInnerHTML={{ __html: html }} />
        </div>
      )}
    </div>
  );
}
