/**
 * Example values built from schemas, for request/response samples and code snippets.
 * Documents are imperfect and schemas can be circular, so everything here tolerates odd
 * input: a part that cannot be built is left out rather than reported.
 */
import { refName, resolveSchema } from "./schema-refs";
import type { JsonSchema, MediaTypeContent } from "./types";

const DEFAULT_MAX_DEPTH = 6;

/** Realistic values for common string formats; any other format gets "string". */
const STRING_BY_FORMAT = new Map<string, string>([
  ["date-time", "2024-01-15T09:30:00Z"],
  ["date", "2024-01-15"],
  ["time", "09:30:00"],
  ["email", "user@example.com"],
  ["uri", "https://example.com"],
  ["url", "https://example.com"],
  ["hostname", "example.com"],
  ["ipv4", "192.0.2.1"],
  ["ipv6", "2001:db8::1"],
  ["uuid", "3fa85f64-5717-4562-b3fc-2c963f66afa6"],
]);

type Walk = {
  schemas: Record<string, JsonSchema>;
  maxDepth: number;
  /** How many objects/arrays enclose the value being built. */
  depth: number;
  /** Schemas on the current path: meeting one again means the schema is circular. */
  ancestors: ReadonlySet<JsonSchema>;
};

/** An example for `schema`, or undefined when nothing sensible can be built. */
export function exampleFromSchema(
  schema: JsonSchema | undefined,
  schemas: Record<string, JsonSchema>,
  options: { maxDepth?: number } = {},
): unknown {
  const maxDepth = options.maxDepth;
  return build(schema, {
    schemas: isRecord(schemas) ? schemas : {},
    maxDepth: typeof maxDepth === "number" && maxDepth >= 0 ? maxDepth : DEFAULT_MAX_DEPTH,
    depth: 0,
    ancestors: new Set(),
  });
}

/** The example for one media type: its own example first, then its first named one, then its schema's. */
export function exampleForMedia(content: MediaTypeContent | undefined, schemas: Record<string, JsonSchema>): unknown {
  if (!isRecord(content)) return undefined;
  if (content.example !== undefined) return content.example;
  const firstNamed = isRecord(content.examples) ? Object.values(content.examples)[0] : undefined;
  if (firstNamed !== undefined) return firstNamed;
  return exampleFromSchema(content.schema, schemas);
}

function build(schema: unknown, walk: Walk): unknown {
  if (!isRecord(schema)) return undefined;
  // An example written next to a $ref describes this use of the component, so it wins.
  const given = givenExample(schema);
  if (given) return given.value;
  if (refName(schema) !== null) return buildReferenced(schema, walk);
  if (walk.ancestors.has(schema)) return undefined;
  return buildShape(schema, { ...walk, ancestors: new Set(walk.ancestors).add(schema) });
}

function buildReferenced(schema: JsonSchema, walk: Walk): unknown {
  const target = resolveSchema(schema, walk.schemas);
  if (!isRecord(target) || "x-unresolved-ref" in target) return undefined;
  return build(target, walk);
}

/** A value the author wrote down, in order of how deliberately it was chosen as an example. */
function givenExample(schema: JsonSchema): { value: unknown } | null {
  if (schema.example !== undefined) return { value: schema.example };
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return { value: schema.examples[0] };
  if (schema.default !== undefined) return { value: schema.default };
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return { value: schema.enum[0] };
  if (schema.const !== undefined) return { value: schema.const };
  return null;
}

function buildShape(schema: JsonSchema, walk: Walk): unknown {
  const own = buildOwnType(schema, walk);
  const parts = compositionParts(schema);
  if (parts.length === 0) return own;
  return combine([own, ...parts.map((part) => build(part, walk))]);
}

/** Every `allOf` part, and the first alternative of `oneOf` / `anyOf`. */
function compositionParts(schema: JsonSchema): unknown[] {
  const allOf = Array.isArray(schema.allOf) ? schema.allOf : [];
  const firstOneOf = Array.isArray(schema.oneOf) ? schema.oneOf.slice(0, 1) : [];
  const firstAnyOf = Array.isArray(schema.anyOf) ? schema.anyOf.slice(0, 1) : [];
  return [...allOf, ...firstOneOf, ...firstAnyOf];
}

/** Object parts merge into one object; otherwise the first part that produced a value wins. */
function combine(values: unknown[]): unknown {
  const defined = values.filter((value) => value !== undefined);
  if (defined.length === 0) return undefined;
  if (!defined.every(isRecord)) return defined[0];
  // fromEntries defines properties, so a "__proto__" property stays a property.
  return Object.fromEntries(defined.flatMap((part) => Object.entries(part)));
}

function buildOwnType(schema: JsonSchema, walk: Walk): unknown {
  switch (primaryType(schema)) {
    case "object":
      return buildObject(schema, walk);
    case "array":
      return buildArray(schema, walk);
    case "string":
      return exampleString(schema);
    case "integer":
      return exampleNumber(schema, true);
    case "number":
      return exampleNumber(schema, false);
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return undefined;
  }
}

/** The declared type (first non-"null" one of a 3.1 type list), else one implied by other keywords. */
function primaryType(schema: JsonSchema): string | undefined {
  const { type } = schema;
  if (typeof type === "string") return type;
  if (Array.isArray(type)) {
    return type.find((t): t is string => typeof t === "string" && t !== "null") ?? (type.includes("null") ? "null" : undefined);
  }
  if (isRecord(schema.properties) || isRecord(schema.additionalProperties)) return "object";
  if (schema.items !== undefined || Array.isArray(schema.prefixItems)) return "array";
  if (typeof schema.format === "string") return "string";
  return undefined;
}

function buildObject(schema: JsonSchema, walk: Walk): Record<string, unknown> {
  if (walk.depth >= walk.maxDepth) return {};
  const inner = { ...walk, depth: walk.depth + 1 };
  const properties = isRecord(schema.properties) ? Object.entries(schema.properties) : [];
  const entries: [string, unknown][] = properties.map(([name, property]) => [name, build(property, inner)]);
  // A pure map (no declared properties) still deserves one entry to show the value shape.
  if (properties.length === 0 && isRecord(schema.additionalProperties)) {
    entries.push(["additionalProp1", build(schema.additionalProperties, inner)]);
  }
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

function buildArray(schema: JsonSchema, walk: Walk): unknown[] {
  if (walk.depth >= walk.maxDepth) return [];
  const item = build(firstItemSchema(schema), { ...walk, depth: walk.depth + 1 });
  return item === undefined ? [] : [item];
}

/** `items`, or the first tuple position (3.1 `prefixItems`, or the old array form of `items`). */
function firstItemSchema(schema: JsonSchema): unknown {
  if (Array.isArray(schema.prefixItems)) return schema.prefixItems[0];
  if (Array.isArray(schema.items)) return schema.items[0];
  return schema.items;
}

function exampleString(schema: JsonSchema): string {
  return (typeof schema.format === "string" ? STRING_BY_FORMAT.get(schema.format) : undefined) ?? "string";
}

type Bound = { value: number; exclusive: boolean };

/** 0, moved inside the minimum/maximum when 0 falls outside them. */
function exampleNumber(schema: JsonSchema, integer: boolean): number {
  let value = 0;
  const lower = bound(schema.minimum, schema.exclusiveMinimum);
  if (lower && (value < lower.value || (lower.exclusive && value === lower.value))) {
    value = lower.exclusive ? nextAbove(lower.value, integer) : integer ? Math.ceil(lower.value) : lower.value;
  }
  const upper = bound(schema.maximum, schema.exclusiveMaximum);
  if (upper && (value > upper.value || (upper.exclusive && value === upper.value))) {
    value = upper.exclusive ? -nextAbove(-upper.value, integer) : integer ? Math.floor(upper.value) : upper.value;
  }
  return value;
}

/** Reads both the 3.0 form (boolean `exclusiveMinimum`) and the 3.1 form (numeric `exclusiveMinimum`). */
function bound(limit: unknown, exclusive: unknown): Bound | undefined {
  if (typeof exclusive === "number" && Number.isFinite(exclusive)) return { value: exclusive, exclusive: true };
  if (typeof limit === "number" && Number.isFinite(limit)) return { value: limit, exclusive: exclusive === true };
  return undefined;
}

function nextAbove(value: number, integer: boolean): number {
  return integer ? Math.floor(value) + 1 : value + 1;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
