/**
 * Compares two versions of a normalized API document and classifies every difference as breaking
 * or not, from the point of view of a client written against the older version. Operations are
 * matched by method + path template (parameter names ignored, since renaming `{id}` to `{petId}`
 * changes nothing on the wire).
 */
import { refName, resolveSchema } from "./schema-refs";
import type {
  JsonSchema,
  MediaTypeContent,
  NormalizedDocument,
  NormalizedOperation,
  NormalizedParameter,
  NormalizedRequestBody,
  NormalizedResponse,
  ParameterLocation,
} from "./types";

export type ChangeSeverity = "breaking" | "non-breaking";
export type DiffRule = { severity: ChangeSeverity; description: string };

const breaking = (description: string): DiffRule => ({ severity: "breaking", description });
const nonBreaking = (description: string): DiffRule => ({ severity: "non-breaking", description });

/** Every rule the diff can report, with the reason behind its severity (shown to readers). */
export const DIFF_RULES = {
  "operation-removed": breaking("Clients calling the operation will get an error."),
  "operation-added": nonBreaking("A new operation does not affect existing calls."),
  "operation-deprecated": nonBreaking("The operation still works; deprecation only announces a future removal."),
  "parameter-added-required": breaking("Existing calls do not send the new parameter and will be rejected."),
  "parameter-added-optional": nonBreaking("Existing calls keep working without the new parameter."),
  "parameter-removed": breaking(
    "Clients lose the behaviour the parameter controlled, and strict servers reject unknown parameters.",
  ),
  "parameter-became-required": breaking("Calls that omitted the parameter will be rejected."),
  "parameter-became-optional": nonBreaking("Calls that send the parameter keep working."),
  "parameter-type-changed": breaking("Values clients send today may no longer be accepted."),
  "request-body-added-required": breaking("Existing calls send no body and will be rejected."),
  "request-body-added-optional": nonBreaking("Existing calls keep working without a body."),
  "request-body-became-required": breaking("Calls that sent no body will be rejected."),
  "request-body-removed": breaking(
    "Clients still send a body the operation no longer expects; it may be rejected or silently ignored.",
  ),
  "request-media-type-removed": breaking("Clients sending that content type will be rejected."),
  "request-media-type-added": nonBreaking("Clients may use the new content type; the existing ones still work."),
  "request-field-added-required": breaking("Existing calls do not send the new field and will be rejected."),
  "request-field-added-optional": nonBreaking("Existing calls keep working without the new field."),
  "request-field-removed": nonBreaking(
    "Servers tolerate unknown fields, so old clients that still send it keep working; the value is ignored.",
  ),
  "request-field-became-required": breaking("Calls that omitted the field will be rejected."),
  "request-field-type-changed": breaking("Values clients send today may no longer be accepted."),
  "request-enum-value-removed": breaking("Calls sending the removed value will be rejected."),
  "request-enum-value-added": nonBreaking("Clients may send the new value; the existing values still work."),
  "response-code-removed": breaking(
    'Clients relying on that status (e.g. a 404 meaning "absent") will misread the outcome.',
  ),
  "response-code-added": nonBreaking("Well-behaved clients handle unknown statuses by their class (2XX, 4XX, …)."),
  "response-media-type-removed": breaking("Clients asking for that content type can no longer get it."),
  "response-media-type-added": nonBreaking("Clients keep receiving the content types they already ask for."),
  "response-field-removed": breaking("Clients reading the field will find it missing."),
  "response-field-added": nonBreaking("Clients ignore fields they do not know."),
  "response-field-became-optional": breaking("Clients that read the field may now find it missing."),
  "response-field-type-changed": breaking("Clients parsing the field may fail on values of the new type."),
  "response-enum-value-added": breaking("Clients may not handle the new value."),
  "response-enum-value-removed": nonBreaking("Clients simply stop receiving that value."),
  "type-narrowed": breaking(
    "The input accepts fewer values than before (stricter type, bound or fixed list): some working calls will fail.",
  ),
  "type-relaxed": nonBreaking(
    "A request accepts more than before, or a response returns a subset of what it did: clients are unaffected.",
  ),
} satisfies Record<string, DiffRule>;

export type DiffRuleId = keyof typeof DIFF_RULES;

export type Change = {
  severity: ChangeSeverity;
  rule: DiffRuleId;
  /** One human sentence naming the thing that changed. */
  message: string;
  /** Where, e.g. "query.limit" or "response 200 (application/json) › items[].id". */
  location?: string;
};
export type OperationRef = { method: string; path: string; slug: string; summary?: string };
export type VersionDiff = {
  added: OperationRef[];
  removed: OperationRef[];
  changed: { from: OperationRef; to: OperationRef; changes: Change[] }[];
  summary: { breaking: number; nonBreaking: number };
};

/** Schemas nest deeply and may be circular; beyond this depth differences are not reported. */
const MAX_DEPTH = 12;

export function diffDocuments(from: NormalizedDocument, to: NormalizedDocument): VersionDiff {
  const before = indexOperations(from.operations);
  const after = indexOperations(to.operations);
  const schemas: SchemaSets = { from: from.components.schemas, to: to.components.schemas };

  const added = [...after].filter(([key]) => !before.has(key)).map(([, op]) => operationRef(op));
  const removed = [...before].filter(([key]) => !after.has(key)).map(([, op]) => operationRef(op));
  const changed: VersionDiff["changed"] = [];
  for (const [key, oldOp] of before) {
    const newOp = after.get(key);
    const changes = newOp ? diffOperation(oldOp, newOp, schemas) : [];
    if (newOp && changes.length > 0) changed.push({ from: operationRef(oldOp), to: operationRef(newOp), changes });
  }

  const changes = changed.flatMap((entry) => entry.changes);
  const breakingCount = removed.length + changes.filter((c) => c.severity === "breaking").length;
  const nonBreakingCount = added.length + changes.filter((c) => c.severity === "non-breaking").length;
  return { added, removed, changed, summary: { breaking: breakingCount, nonBreaking: nonBreakingCount } };
}

// ── Operations ───────────────────────────────────────────────────────────────

type SchemaSets = { from: Record<string, JsonSchema>; to: Record<string, JsonSchema> };
type AddChange = (rule: DiffRuleId, message: string, location?: string) => void;
/** What every per-operation comparison needs: both versions' components, and where to record changes. */
type OperationScope = { schemas: SchemaSets; add: AddChange };

function operationKey(op: NormalizedOperation): string {
  return `${op.method.toLowerCase()} ${op.path.replace(/\{[^}]*\}/g, "{}")}`;
}

function indexOperations(operations: NormalizedOperation[]): Map<string, NormalizedOperation> {
  const index = new Map<string, NormalizedOperation>();
  // Two operations with the same normalized key are a malformed document; the first one wins.
  for (const op of operations) if (!index.has(operationKey(op))) index.set(operationKey(op), op);
  return index;
}

function operationRef(op: NormalizedOperation): OperationRef {
  const ref: OperationRef = { method: op.method, path: op.path, slug: op.slug };
  if (op.summary !== undefined) ref.summary = op.summary;
  return ref;
}

function diffOperation(before: NormalizedOperation, after: NormalizedOperation, schemas: SchemaSets): Change[] {
  const changes: Change[] = [];
  const add: AddChange = (rule, message, location) => {
    const change: Change = { severity: DIFF_RULES[rule].severity, rule, message };
    if (location !== undefined) change.location = location;
    changes.push(change);
  };
  const scope = { schemas, add };
  if (!before.deprecated && after.deprecated) {
    add("operation-deprecated", `${after.method.toUpperCase()} ${after.path} is now deprecated.`);
  }
  diffParameters(before, after, scope);
  diffRequestBody(before.requestBody, after.requestBody, scope);
  diffResponses(before.responses, after.responses, scope);
  return changes;
}

// ── Parameters ───────────────────────────────────────────────────────────────

const PARAMETER_LABEL: Record<ParameterLocation, string> = {
  path: "path parameter",
  query: "query parameter",
  header: "header",
  cookie: "cookie",
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const parameterLabel = (param: NormalizedParameter) => `${PARAMETER_LABEL[param.in]} \`${param.name}\``;

function parameterKey(param: NormalizedParameter, op: NormalizedOperation): string {
  if (param.in === "path") {
    // Path parameters may be renamed between versions ({id} → {petId}): match them by position.
    const position = [...op.path.matchAll(/\{([^}]*)\}/g)].findIndex((match) => match[1] === param.name);
    if (position >= 0) return `path#${position}`;
  }
  return `${param.in}.${param.in === "header" ? param.name.toLowerCase() : param.name}`;
}

function diffParameters(before: NormalizedOperation, after: NormalizedOperation, scope: OperationScope) {
  const { add } = scope;
  const old = new Map(before.parameters.map((p) => [parameterKey(p, before), p]));
  const current = new Map(after.parameters.map((p) => [parameterKey(p, after), p]));
  for (const [key, param] of old) {
    if (current.has(key)) continue;
    add("parameter-removed", `${capitalize(parameterLabel(param))} was removed.`, `${param.in}.${param.name}`);
  }
  for (const [key, param] of current) {
    const location = `${param.in}.${param.name}`;
    const subject = capitalize(parameterLabel(param));
    const previous = old.get(key);
    if (!previous) {
      if (param.required) add("parameter-added-required", `Required ${parameterLabel(param)} was added.`, location);
      else add("parameter-added-optional", `Optional ${parameterLabel(param)} was added.`, location);
      continue;
    }
    if (!previous.required && param.required) add("parameter-became-required", `${subject} is now required.`, location);
    if (previous.required && !param.required) add("parameter-became-optional", `${subject} is now optional.`, location);
    const context: WalkContext = {
      ...scope,
      direction: "request",
      typeChangedRule: "parameter-type-changed",
      describe: (fieldPath) => `${capitalize(PARAMETER_LABEL[param.in])} \`${fieldPath}\``,
      locate: (fieldPath) => `${param.in}.${fieldPath}`,
      visitedRefPairs: new Set(),
    };
    compareSchemas(previous.schema, param.schema, param.name, context, 0);
  }
}

// ── Request bodies and responses ─────────────────────────────────────────────

function diffRequestBody(
  before: NormalizedRequestBody | null,
  after: NormalizedRequestBody | null,
  scope: OperationScope,
) {
  const { add } = scope;
  if (!after) {
    if (before) add("request-body-removed", "The request body was removed.", "request body");
  } else if (!before) {
    if (after.required) add("request-body-added-required", "A required request body was added.", "request body");
    else add("request-body-added-optional", "An optional request body was added.", "request body");
  } else {
    if (!before.required && after.required) {
      add("request-body-became-required", "The request body is now required.", "request body");
    }
    diffContent(before.content, after.content, "request", "request body", scope);
  }
}

function diffResponses(before: NormalizedResponse[], after: NormalizedResponse[], scope: OperationScope) {
  const old = new Map(before.map((r) => [r.status.toUpperCase(), r]));
  const current = new Map(after.map((r) => [r.status.toUpperCase(), r]));
  for (const [status, { status: code }] of old) {
    if (!current.has(status)) scope.add("response-code-removed", `Response ${code} was removed.`, `response ${code}`);
  }
  for (const [status, response] of current) {
    const previous = old.get(status);
    const label = `response ${response.status}`;
    if (!previous) scope.add("response-code-added", `Response ${response.status} was added.`, label);
    else diffContent(previous.content, response.content, "response", label, scope);
  }
}

function diffContent(
  before: Record<string, MediaTypeContent>,
  after: Record<string, MediaTypeContent>,
  direction: Direction,
  label: string,
  scope: OperationScope,
) {
  for (const mediaType of Object.keys(before)) {
    if (Object.hasOwn(after, mediaType)) continue;
    scope.add(`${direction}-media-type-removed`, `Media type \`${mediaType}\` was removed from the ${label}.`, label);
  }
  for (const [mediaType, content] of Object.entries(after)) {
    const previous = Object.hasOwn(before, mediaType) ? before[mediaType] : undefined;
    if (!previous) {
      scope.add(`${direction}-media-type-added`, `Media type \`${mediaType}\` was added to the ${label}.`, label);
      continue;
    }
    const prefix = `${label} (${mediaType})`;
    const context: WalkContext = {
      ...scope,
      direction,
      typeChangedRule: `${direction}-field-type-changed`,
      describe: (fieldPath) => (fieldPath ? `${capitalize(direction)} field \`${fieldPath}\`` : `The ${prefix}`),
      locate: (fieldPath) => (fieldPath ? `${prefix} › ${fieldPath}` : prefix),
      visitedRefPairs: new Set(),
    };
    compareSchemas(previous.schema, content.schema, "", context, 0);
  }
}

// ── Schemas ──────────────────────────────────────────────────────────────────

/** Requests are what clients send (narrowing breaks them); responses are what they read (widening does). */
type Direction = "request" | "response";

type WalkContext = OperationScope & {
  direction: Direction;
  typeChangedRule: "parameter-type-changed" | "request-field-type-changed" | "response-field-type-changed";
  /** Sentence subject for a field path, e.g. "Request field `pet.name`". */
  describe: (fieldPath: string) => string;
  locate: (fieldPath: string) => string;
  /** "From→To" component-name pairs already compared in this walk: stops cycles and repeated work. */
  visitedRefPairs: Set<string>;
};

function compareSchemas(
  fromRaw: JsonSchema | undefined,
  toRaw: JsonSchema | undefined,
  fieldPath: string,
  ctx: WalkContext,
  depth: number,
) {
  if (!fromRaw || !toRaw || depth > MAX_DEPTH || !firstVisit(fromRaw, toRaw, ctx)) return;
  const from = flattenSchema(fromRaw, ctx.schemas.from, new Set());
  const to = flattenSchema(toRaw, ctx.schemas.to, new Set());

  const [fromTypes, toTypes] = [typesOf(from), typesOf(to)];
  const typeShift = compareSets(fromTypes, toTypes);
  const typeMessage = `changed type from ${formatList(fromTypes)} to ${formatList(toTypes)}.`;
  report(typeShift, fieldPath, ctx, `${ctx.describe(fieldPath)} ${typeMessage}`);
  if (typeShift === "changed") return; // children of a different type would only add noise

  compareVariants(from, to, fieldPath, ctx);
  compareEnums(from, to, fieldPath, ctx);
  // Tighter bounds only hurt senders; a response with tighter bounds still fits what clients expect.
  if (ctx.direction === "request") compareBounds(from, to, fieldPath, ctx);
  compareProperties(from, to, fieldPath, ctx, depth);
  compareSchemas(asSchema(from.items), asSchema(to.items), `${fieldPath}[]`, ctx, depth + 1);
}

function firstVisit(fromRaw: JsonSchema, toRaw: JsonSchema, ctx: WalkContext): boolean {
  const fromName = refName(fromRaw);
  const toName = refName(toRaw);
  if (fromName === null && toName === null) return true;
  // A shared component is reported once, at the first place the walk reaches it.
  const key = `${fromName ?? ""}→${toName ?? ""}`;
  if (ctx.visitedRefPairs.has(key)) return false;
  ctx.visitedRefPairs.add(key);
  return true;
}

/** Resolves refs and merges `allOf` parts into one schema (properties and required lists combined). */
function flattenSchema(schema: JsonSchema, schemas: Record<string, JsonSchema>, seen: Set<string>): JsonSchema {
  const name = refName(schema);
  if (name !== null) {
    if (seen.has(name)) return {};
    seen.add(name);
  }
  const resolved = resolveSchema(schema, schemas) ?? {};
  const parts = schemaList(resolved.allOf);
  if (parts.length === 0) return resolved;

  const flat: JsonSchema = {};
  const properties: Record<string, JsonSchema> = {};
  const required = new Set<string>();
  for (const part of [...parts.map((p) => flattenSchema(p, schemas, seen)), resolved]) {
    Object.assign(flat, part); // the schema's own keywords come last and win
    Object.assign(properties, propertiesOf(part));
    for (const field of requiredOf(part)) required.add(field);
  }
  delete flat.allOf;
  return { ...flat, properties, required: [...required] };
}

type Shift = "same" | "widened" | "narrowed" | "changed";

/** How a set of allowed kinds moved; `integer` counts as part of `number`. */
function compareSets(before: string[], after: string[]): Shift {
  if (before.length === 0 || after.length === 0) return "same"; // unconstrained on one side: nothing to compare
  const covers = (set: string[], kind: string) => set.includes(kind) || (kind === "integer" && set.includes("number"));
  const keepsAll = before.every((kind) => covers(after, kind));
  const addsNothing = after.every((kind) => covers(before, kind));
  if (keepsAll && addsNothing) return "same";
  if (keepsAll) return "widened";
  return addsNothing ? "narrowed" : "changed";
}

function report(shift: Shift, fieldPath: string, ctx: WalkContext, message: string) {
  const rule = shiftRule(shift, ctx);
  if (rule) ctx.add(rule, message, ctx.locate(fieldPath));
}

function shiftRule(shift: Shift, ctx: WalkContext): DiffRuleId | null {
  if (shift === "same") return null;
  if (shift === "changed") return ctx.typeChangedRule;
  if (ctx.direction === "request") return shift === "widened" ? "type-relaxed" : "type-narrowed";
  return shift === "narrowed" ? "type-relaxed" : ctx.typeChangedRule;
}

function typesOf(schema: JsonSchema): string[] {
  const declared = schema.type;
  const types = typeof declared === "string" ? [declared] : Array.isArray(declared) ? declared.filter(isString) : [];
  if (schema.nullable === true && types.length > 0 && !types.includes("null")) types.push("null");
  return types;
}

/**
 * `oneOf`/`anyOf` are compared only by their variants' labels (component name, else type), not
 * structurally: deliberately simple, yet enough to flag an alternative added or dropped.
 */
function compareVariants(from: JsonSchema, to: JsonSchema, fieldPath: string, ctx: WalkContext) {
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const before = variantLabels(from[keyword], ctx.schemas.from);
    const after = variantLabels(to[keyword], ctx.schemas.to);
    const change = `\`${keyword}\` variants changed from ${formatList(before)} to ${formatList(after)}.`;
    report(compareSets(before, after), fieldPath, ctx, `${ctx.describe(fieldPath)} ${change}`);
  }
}

function variantLabels(value: unknown, schemas: Record<string, JsonSchema>): string[] {
  const occurrences = new Map<string, number>();
  return schemaList(value).map((variant) => {
    const label = refName(variant) ?? (typesOf(resolveSchema(variant, schemas) ?? {}).join("|") || "schema");
    const count = (occurrences.get(label) ?? 0) + 1;
    occurrences.set(label, count);
    return count === 1 ? label : `${label} #${count}`; // keeps variant count visible in set comparison
  });
}

function compareEnums(from: JsonSchema, to: JsonSchema, fieldPath: string, ctx: WalkContext) {
  const before = Array.isArray(from.enum) ? from.enum : null;
  const after = Array.isArray(to.enum) ? to.enum : null;
  const subject = ctx.describe(fieldPath);
  const add = (rule: DiffRuleId, text: string) => ctx.add(rule, `${subject} ${text}.`, ctx.locate(fieldPath));
  const isRequest = ctx.direction === "request";
  if (!before && after && isRequest) add("type-narrowed", `now only accepts ${formatValues(after)}`);
  if (!before || !after) return; // a response dropping its enum is not tracked: keep it simple

  const beforeKeys = new Set(before.map(valueKey));
  const afterKeys = new Set(after.map(valueKey));
  for (const value of before.filter((v) => !afterKeys.has(valueKey(v)))) {
    if (isRequest) add("request-enum-value-removed", `no longer accepts ${formatValues([value])}`);
    else add("response-enum-value-removed", `no longer returns ${formatValues([value])}`);
  }
  for (const value of after.filter((v) => !beforeKeys.has(valueKey(v)))) {
    if (isRequest) add("request-enum-value-added", `now accepts ${formatValues([value])}`);
    else add("response-enum-value-added", `may now return ${formatValues([value])}`);
  }
}

// Numeric `exclusiveMaximum`/`exclusiveMinimum` are the 3.1 form; the 3.0 boolean form is ignored.
const UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"];
const LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"];

function compareBounds(from: JsonSchema, to: JsonSchema, fieldPath: string, ctx: WalkContext) {
  for (const keyword of [...UPPER_BOUNDS, ...LOWER_BOUNDS]) {
    const before = asNumber(from[keyword]);
    const after = asNumber(to[keyword]);
    if (after === null) continue;
    const stricter = before === null || (UPPER_BOUNDS.includes(keyword) ? after < before : after > before);
    if (!stricter) continue;
    const message = `${ctx.describe(fieldPath)} has a stricter \`${keyword}\`: ${after} (was ${before ?? "unset"}).`;
    ctx.add("type-narrowed", message, ctx.locate(fieldPath));
  }
}

function compareProperties(from: JsonSchema, to: JsonSchema, fieldPath: string, ctx: WalkContext, depth: number) {
  const before = visibleProperties(from, ctx.direction);
  const after = visibleProperties(to, ctx.direction);
  const wasRequired = new Set(requiredOf(from));
  const isRequired = new Set(requiredOf(to));
  const add = (rule: DiffRuleId, path: string, text: string) =>
    ctx.add(rule, `${ctx.describe(path)} ${text}`, ctx.locate(path));
  const isRequest = ctx.direction === "request";

  for (const name of Object.keys(before)) {
    if (Object.hasOwn(after, name)) continue;
    add(isRequest ? "request-field-removed" : "response-field-removed", childPath(fieldPath, name), "was removed.");
  }
  for (const [name, schema] of Object.entries(after)) {
    const path = childPath(fieldPath, name);
    const [required, wasRequiredBefore] = [isRequired.has(name), wasRequired.has(name)];
    if (!Object.hasOwn(before, name)) {
      if (!isRequest) add("response-field-added", path, "was added.");
      else if (required) add("request-field-added-required", path, "was added and is required.");
      else add("request-field-added-optional", path, "was added (optional).");
      continue;
    }
    if (isRequest && !wasRequiredBefore && required) add("request-field-became-required", path, "is now required.");
    if (!isRequest && wasRequiredBefore && !required) {
      add("response-field-became-optional", path, "is no longer always present.");
    }
    compareSchemas(before[name], schema, path, ctx, depth + 1);
  }
}

/** readOnly fields are never sent and writeOnly fields never returned, so they do not count there. */
function visibleProperties(schema: JsonSchema, direction: Direction): Record<string, JsonSchema> {
  const hidden = direction === "request" ? "readOnly" : "writeOnly";
  return Object.fromEntries(Object.entries(propertiesOf(schema)).filter(([, property]) => property[hidden] !== true));
}

// ── Small helpers ────────────────────────────────────────────────────────────

const isString = (value: unknown): value is string => typeof value === "string";
const asNumber = (value: unknown): number | null => (typeof value === "number" ? value : null);
const childPath = (path: string, name: string) => (path ? `${path}.${name}` : name);
const valueKey = (value: unknown) => JSON.stringify(value) ?? String(value);
const formatList = (labels: string[]) => `\`${labels.join(" | ")}\``;
const formatValues = (values: unknown[]) => values.map((v) => `\`${isString(v) ? v : valueKey(v)}\``).join(", ");

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asSchema(value: unknown): JsonSchema | undefined {
  return isSchema(value) ? value : undefined;
}

function schemaList(value: unknown): JsonSchema[] {
  return Array.isArray(value) ? value.filter(isSchema) : [];
}

function propertiesOf(schema: JsonSchema): Record<string, JsonSchema> {
  const properties = schema.properties;
  if (!isSchema(properties)) return {};
  const isSchemaEntry = (entry: [string, unknown]): entry is [string, JsonSchema] => isSchema(entry[1]);
  return Object.fromEntries(Object.entries(properties).filter(isSchemaEntry));
}

function requiredOf(schema: JsonSchema): string[] {
  return Array.isArray(schema.required) ? schema.required.filter(isString) : [];
}
