import type { JsonSchema } from "./types";

const PREFIX = "#/components/schemas/";

/** The component name a `$ref` points at, or null for a schema that is not a reference. */
export function refName(schema: JsonSchema | undefined): string | null {
  const ref = schema?.$ref;
  return typeof ref === "string" && ref.startsWith(PREFIX) ? decodeURIComponent(ref.slice(PREFIX.length)) : null;
}

/**
 * Follows `$ref` chains to the schema they name. Unknown or circular chains resolve to
 * `{ "x-unresolved-ref": ref }` rather than throwing: documents are shown even when imperfect.
 */
export function resolveSchema(schema: JsonSchema | undefined, schemas: Record<string, JsonSchema>): JsonSchema | undefined {
  let current = schema;
  const seen = new Set<string>();
  for (let name = refName(current); name !== null; name = refName(current)) {
    if (seen.has(name) || !schemas[name]) return { "x-unresolved-ref": `${PREFIX}${name}` };
    seen.add(name);
    current = schemas[name];
  }
  return current;
}
