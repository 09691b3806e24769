import { refName, resolveSchema } from "@/lib/catalog/schema-refs";
import type { JsonSchema } from "@/lib/catalog/types";

/** Pure helpers that turn OpenAPI schemas into short human-readable labels and facts. */

/** Deepest nesting we render or label: real schemas rarely pass 5 levels; generated ones can recurse without end. */
export const MAX_DEPTH = 10;

type Schemas = Record<string, JsonSchema>;

/** A plain JSON object, or undefined for anything else (schemas are untyped JSON). */
export function asSchema(value: unknown): JsonSchema | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as JsonSchema) : undefined;
}

export function schemaList(value: unknown): JsonSchema[] {
  return Array.isArray(value) ? value.map(asSchema).filter((s): s is JsonSchema => s !== undefined) : [];
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** `type` as a list, whether written 3.0-style (string + `nullable`) or 3.1-style (array); inferred from shape when absent. */
export function schemaTypes(schema: JsonSchema): string[] {
  const declared = Array.isArray(schema.type)
    ? schema.type.filter((t): t is string => typeof t === "string")
    : typeof schema.type === "string"
      ? [schema.type]
      : [];
  const types = declared.length > 0 ? [...declared] : inferTypes(schema);
  if (schema.nullable === true && !types.includes("null")) types.push("null");
  return types;
}

function inferTypes(schema: JsonSchema): string[] {
  if (asSchema(schema.properties) || isMapLike(schema)) return ["object"];
  if (asSchema(schema.items)) return ["array"];
  const values = Array.isArray(schema.enum) ? schema.enum : "const" in schema ? [schema.const] : [];
  return [...new Set(values.map(jsonType))];
}

function isMapLike(schema: JsonSchema): boolean {
  return schema.additionalProperties === true || asSchema(schema.additionalProperties) !== undefined;
}

export function isArraySchema(schema: JsonSchema): boolean {
  return schemaTypes(schema).includes("array");
}

/** The schema every value of a map has, when the object is a pure map (no named properties). */
export function mapValues(schema: JsonSchema): JsonSchema | undefined {
  if (Object.keys(asSchema(schema.properties) ?? {}).length > 0 || !schemaTypes(schema).includes("object")) return undefined;
  return schema.additionalProperties === true ? {} : asSchema(schema.additionalProperties);
}

/**
 * A short type label: `string`, `integer <int64>`, `array of Pet`, `Pet`, `string | null`, `map of string`.
 * With `schemas`, a ref to a primitive schema also names what it is (`Status (string)`), since the name alone hides it.
 */
export function typeLabel(schema: JsonSchema | undefined, schemas?: Schemas, depth = 0): string {
  if (!schema) return "any";
  if (depth > MAX_DEPTH) return "…";
  const ref = text(schema.$ref) ?? text(schema["x-unresolved-ref"]);
  if (ref) return withNull(refLabel(ref, schemas, depth), schema);
  const variants = schemaList(schema.oneOf).length > 0 ? schemaList(schema.oneOf) : schemaList(schema.anyOf);
  if (variants.length > 0) return withNull(unique(variants.map((v) => typeLabel(v, schemas, depth + 1))).join(" | "), schema);
  const parts = schemaList(schema.allOf);
  if (parts.length === 1 && !asSchema(schema.properties)) return withNull(typeLabel(parts[0], schemas, depth + 1), schema);
  if (parts.length > 1) return withNull("object", schema);
  const types = schemaTypes(schema);
  if (types.length === 0) return text(schema.format) ? `any <${String(schema.format)}>` : "any";
  return types.map((type) => singleTypeLabel(type, schema, schemas, depth)).join(" | ");
}

function refLabel(ref: string, schemas: Schemas | undefined, depth: number): string {
  const name = refName({ $ref: ref }) ?? ref.slice(ref.lastIndexOf("/") + 1);
  const target = schemas ? resolveSchema({ $ref: ref }, schemas) : undefined;
  if (!target || target["x-unresolved-ref"] || depth >= MAX_DEPTH) return name;
  const primitive = typeLabel(target, undefined, depth + 1);
  return /^(string|number|integer|boolean)\b/.test(primitive) ? `${name} (${primitive})` : name;
}

function singleTypeLabel(type: string, schema: JsonSchema, schemas: Schemas | undefined, depth: number): string {
  if (type === "array") {
    const items = asSchema(schema.items);
    return items ? `array of ${grouped(typeLabel(items, schemas, depth + 1))}` : "array";
  }
  if (type === "object") {
    const values = mapValues(schema);
    return values ? `map of ${grouped(typeLabel(values, schemas, depth + 1))}` : "object";
  }
  const format = text(schema.format);
  return type !== "null" && format ? `${type} <${format}>` : type;
}

/** Parenthesises unions inside `array of` / `map of` so `array of (string | null)` is unambiguous. */
function grouped(label: string): string {
  return label.includes(" | ") ? `(${label})` : label;
}

function withNull(label: string, schema: JsonSchema): string {
  return schema.nullable === true && !label.split(" | ").includes("null") ? `${label} | null` : label;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** A value as shown in a code chip: strings bare, everything else as JSON. */
export function formatValue(value: unknown): string {
  if (typeof value === "string") return value === "" ? '""' : value;
  return JSON.stringify(value) ?? String(value);
}

export type SchemaFact = { label: string; value: string };
export type SchemaConstraints = { enumLabel: string; enumValues: string[]; facts: SchemaFact[] };

const SIMPLE_FACTS: [key: string, label: string][] = [
  ["minLength", "Min length"],
  ["maxLength", "Max length"],
  ["pattern", "Pattern"],
  ["minItems", "Min items"],
  ["maxItems", "Max items"],
  ["minProperties", "Min properties"],
  ["maxProperties", "Max properties"],
  ["multipleOf", "Multiple of"],
];

/**
 * Validation facts worth showing next to a type. An array without an enum of its own shows its items' enum,
 * so `status: array of string` still lists the allowed strings. Format is left to `typeLabel`.
 */
export function constraintsOf(schema: JsonSchema, schemas: Schemas = {}): SchemaConstraints {
  const ownEnum = Array.isArray(schema.enum) ? schema.enum : undefined;
  const items = isArraySchema(schema) ? resolveSchema(asSchema(schema.items), schemas) : undefined;
  const itemEnum = !ownEnum && Array.isArray(items?.enum) ? items.enum : undefined;
  const facts: SchemaFact[] = [];
  const add = (label: string, value: unknown) => {
    if (value !== undefined) facts.push({ label, value: formatValue(value) });
  };
  if ("const" in schema) add("Constant", schema.const);
  if ("default" in schema) add("Default", schema.default);
  // 3.0 writes exclusiveMinimum as a flag on minimum; 3.1 writes it as the bound itself.
  add(schema.exclusiveMinimum === true ? "Exclusive minimum" : "Minimum", schema.minimum);
  if (typeof schema.exclusiveMinimum === "number") add("Exclusive minimum", schema.exclusiveMinimum);
  add(schema.exclusiveMaximum === true ? "Exclusive maximum" : "Maximum", schema.maximum);
  if (typeof schema.exclusiveMaximum === "number") add("Exclusive maximum", schema.exclusiveMaximum);
  for (const [key, label] of SIMPLE_FACTS) add(label, schema[key]);
  if (schema.uniqueItems === true) facts.push({ label: "Unique items", value: "yes" });
  return {
    enumLabel: itemEnum ? "Allowed item values" : "Allowed values",
    enumValues: (ownEnum ?? itemEnum ?? []).map(formatValue),
    facts,
  };
}

/** The schema's example: 3.0 `example`, else the first of 3.1 `examples`. */
export function exampleOf(schema: JsonSchema | undefined): unknown {
  if (!schema) return undefined;
  if (schema.example !== undefined) return schema.example;
  return Array.isArray(schema.examples) ? schema.examples[0] : undefined;
}

/** Strings as written; structured examples as indented JSON. */
export function formatExample(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value, null, 2) ?? String(value));
}

/** "A", "A and B", "A, B and C". */
export function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** How a oneOf/anyOf variant is introduced: its ref name, else its title, else its position. */
export function variantLabel(variant: JsonSchema, index: number): string {
  return refName(variant) ?? text(variant.title) ?? `Option ${index + 1}`;
}
