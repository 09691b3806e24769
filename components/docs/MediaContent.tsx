import type { JsonSchema, MediaTypeContent } from "@/lib/catalog/types";
import { exampleForMedia } from "@/lib/catalog/examples";
import { highlight } from "@/lib/highlight";
import { SchemaView } from "./SchemaView";

const isJson = (mediaType: string) => /[/+]json\b/i.test(mediaType);

/** Media types that share one schema are shown once (Petstore answers the same Pet as JSON and XML). */
function groupBySchema(content: Record<string, MediaTypeContent>): { mediaTypes: string[]; content: MediaTypeContent }[] {
  const groups = new Map<string, { mediaTypes: string[]; content: MediaTypeContent }>();
  for (const [mediaType, entry] of Object.entries(content)) {
    const key = JSON.stringify(entry.schema ?? null);
    const group = groups.get(key);
    if (!group) groups.set(key, { mediaTypes: [mediaType], content: entry });
    else {
      group.mediaTypes.push(mediaType);
      // Prefer the JSON entry's own example for the shared group.
      if (isJson(mediaType)) group.content = entry;
    }
  }
  return [...groups.values()];
}

async function Example({ mediaTypes, content, schemas }: { mediaTypes: string[]; content: MediaTypeContent; schemas: Record<string, JsonSchema> }) {
  const explicit = content.example !== undefined || Object.keys(content.examples ?? {}).length > 0;
  // A generated example is JSON; showing it for XML or form bodies would mislead.
  if (!explicit && !mediaTypes.some(isJson)) return null;
  const example = exampleForMedia(content, schemas);
  if (example === undefined) return null;
  const text = typeof example === "string" ? example : JSON.stringify(example, null, 2);
  if (!text) return null;
  const html = await highlight(text.slice(0, 20_000), typeof example === "string" ? "bash" : "json");
  return (
    <div>
      <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Example</p>
      <div tabIndex={0} aria-label={`Example ${mediaTypes.join(", ")} body`} dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}

/** A request or response body: per schema, its media types, the schema and an example. */
export async function MediaContent({ content, schemas }: { content: Record<string, MediaTypeContent>; schemas: Record<string, JsonSchema> }) {
  return (
    <div className="space-y-6">
      {groupBySchema(content).map((group) => (
        <div key={group.mediaTypes.join()} className="space-y-3">
          <p className="text-xs font-medium text-slate-600 dark:text-slate-400">
            {group.mediaTypes.length === 1 ? "Content type " : "Content types "}
            {group.mediaTypes.map((t) => (
              <code key={t} className="mr-1 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800 dark:bg-slate-800 dark:text-slate-200">
                {t}
              </code>
            ))}
          </p>
          {group.content.schema ? (
            <SchemaView schema={group.content.schema} schemas={schemas} />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">No schema given.</p>
          )}
          <Example mediaTypes={group.mediaTypes} content={group.content} schemas={schemas} />
        </div>
      ))}
    </div>
  );
}
