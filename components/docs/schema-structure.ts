import { refName, resolveSchema } from "@/lib/catalog/schema-refs";
import type { JsonSchema } from "@/lib/catalog/types";
import { MAX_DEPTH, asSchema, isArraySchema, mapValues, schemaList } from "./schema-labels";

/** Pure helpers for walking schemas: following refs, merging allOf, and noticing cycles. */

type Schemas = Record<string, JsonSchema>;

/** Follows a `$ref`, keeping keys written beside it (3.1 allows e.g. a local `description` next to a ref). */
export function withSiblings(schema: JsonSchema, schemas: Schemas): JsonSchema {
  if (typeof schema.$ref !== "string") return schema;
  const resolved = resolveSchema(schema, schemas) ?? {};
  const siblings: JsonSchema = { ...schema };
  delete siblings.$ref;
  return Object.keys(siblings).length > 0 ? { ...resolved, ...siblings } : resolved;
}

export type MergedSchema = {
  schema: JsonSchema;
  /** How each allOf part is named in "combines A and B". */
  combines: string[];
  /** Every component merged in, at any depth: they count as "on the path" for cycle detection. */
  refs: string[];
};

/**
 * Merges `allOf` parts into one schema: properties combined, `required` unioned, other keys from later parts
 * (and finally the schema itself) win. A part that includes itself again is skipped rather than recursed into.
 */
export function mergeAllOf(schema: JsonSchema, schemas: Schemas, seen: ReadonlySet<string> = new Set()): MergedSchema {
  const parts = schemaList(schema.allOf);
  if (parts.length === 0) return { schema, combines: [], refs: [] };
  const merged: JsonSchema = {};
  const properties: Record<string, unknown> = {};
  const required = new Set<string>();
  const combines: string[] = [];
  const refs: string[] = [];
  const absorb = (part: JsonSchema) => {
    const { properties: partProperties, required: partRequired, allOf: _nested, ...rest } = part;
    Object.assign(merged, rest);
    Object.assign(properties, asSchema(partProperties));
    if (Array.isArray(partRequired)) partRequired.filter((r) => typeof r === "string").forEach((r) => required.add(r));
  };
  for (const part of parts) {
    const name = refName(part);
    combines.push(name ?? (typeof part.title === "string" ? part.title : "an inline schema"));
    if (name && seen.has(name)) continue;
    if (name) refs.push(name);
    const inner = mergeAllOf(withSiblings(part, schemas), schemas, name ? new Set([...seen, name]) : seen);
    refs.push(...inner.refs);
    absorb(inner.schema);
  }
  absorb(schema);
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  return { schema: merged, combines, refs };
}

/**
 * The component name that makes `schema` circular on `path` (the refs already being shown above it), or null.
 * A lone `allOf: [$ref]` wrapper counts as that ref: it is the usual way to attach a description to one.
 */
export function circularRef(schema: JsonSchema | undefined, path: readonly string[]): string | null {
  if (!schema) return null;
  const parts = schemaList(schema.allOf);
  const name = refName(schema) ?? (parts.length === 1 ? refName(parts[0]) : null);
  return name !== null && path.includes(name) ? name : null;
}

export type EnteredSchema =
  | { circular: true; name: string }
  | { circular: false; schema: JsonSchema; path: readonly string[]; combines: string[] };

/** Steps into a schema for display: detects cycles, resolves the ref, merges allOf, extends the path. */
export function enterSchema(schema: JsonSchema | undefined, schemas: Schemas, path: readonly string[]): EnteredSchema {
  const cycle = circularRef(schema, path);
  if (cycle !== null) return { circular: true, name: cycle };
  const name = refName(schema);
  const merged = mergeAllOf(withSiblings(schema ?? {}, schemas), schemas, new Set(name ? [name] : []));
  const nextPath = name ? [...path, name, ...merged.refs] : [...path, ...merged.refs];
  return { circular: false, schema: merged.schema, path: nextPath, combines: merged.combines };
}

export type InnerSchema = { schema: JsonSchema; via: "items" | "values" | null };

/**
 * Arrays and maps are expanded by what they contain: returns the (unresolved) innermost items / values schema,
 * so `tags: array of Tag` expands to Tag's properties and `children: array of Node` can be seen to be circular.
 */
export function innerSchema(schema: JsonSchema, schemas: Schemas): InnerSchema {
  let current = schema;
  let via: InnerSchema["via"] = null;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const resolved = withSiblings(current, schemas);
    const items = isArraySchema(resolved) ? asSchema(resolved.items) : undefined;
    const next = items ?? mapValues(resolved);
    if (!next) break;
    via ??= items ? "items" : "values";
    current = next;
  }
  return { schema: current, via };
}

/** Whether an entered schema has anything to expand: named properties or variants. */
export function hasStructure(schema: JsonSchema): boolean {
  return (
    Object.keys(asSchema(schema.properties) ?? {}).length > 0 ||
    schemaList(schema.oneOf).length > 0 ||
    schemaList(schema.anyOf).length > 0
  );
}

/** The properties of an entered schema, in document order, each with its required flag. */
export function propertiesOf(schema: JsonSchema): { name: string; schema: JsonSchema; required: boolean }[] {
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(asSchema(schema.properties) ?? {}).map(([name, value]) => ({
    name,
    schema: asSchema(value) ?? {},
    required: required.has(name),
  }));
}
