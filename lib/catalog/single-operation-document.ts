import { refName } from "./schema-refs";
import type { JsonSchema, MediaTypeContent, NormalizedOperation, NormalizedParameter, SecurityRequirement, SecurityScheme } from "./types";

/**
 * A minimal OpenAPI 3.0.3 document holding one operation, for the "Try it" console (swagger-ui).
 *
 * It carries only what the console needs: the servers, the operation (parameters, body, responses,
 * security), the security schemes that operation uses and the component schemas reachable from it.
 * The catalog keeps schemas in their source dialect, so 3.1 keywords are rewritten to their 3.0
 * form where one exists (`type: [T, "null"]` → `nullable`, `const` → `enum`, numeric exclusive
 * bounds, …) and dropped otherwise. The document is a means to send requests, not a faithful
 * copy: the page itself shows the real schemas.
 */
export type SingleOperationInput = {
  title: string;
  version: string;
  servers: { url: string; description?: string }[];
  securitySchemes: Record<string, SecurityScheme>;
  schemas: Record<string, JsonSchema>;
  operation: NormalizedOperation;
};

type Obj = Record<string, unknown>;

const PREFIX = "#/components/schemas/";
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

export function singleOperationDocument(input: SingleOperationInput): Record<string, unknown> {
  const { operation } = input;
  const schemas = new SchemaCollector(input.schemas);

  const securitySchemes = usableSecuritySchemes(input.securitySchemes, operation.security);
  const security = operation.security.filter((requirement) => Object.keys(requirement).every((name) => name in securitySchemes));

  const op: Obj = {
    operationId: operation.operationId ?? operation.slug,
    ...(nonEmpty(operation.summary) ? { summary: operation.summary } : {}),
    ...(operation.deprecated ? { deprecated: true } : {}),
  };
  const parameters = operationParameters(operation, schemas);
  if (parameters.length > 0) op.parameters = parameters;
  const body = operation.requestBody;
  if (body && Object.keys(body.content).length > 0) {
    op.requestBody = {
      ...(nonEmpty(body.description) ? { description: body.description } : {}),
      required: body.required,
      content: mediaContent(body.content, schemas),
    };
  }
  op.responses = responses(operation, schemas);
  // Operation-level, so an explicit "no auth" (`[]`) is kept as such.
  op.security = security;

  const components: Obj = {};
  if (Object.keys(securitySchemes).length > 0) components.securitySchemes = securitySchemes;
  const collected = schemas.finish();
  if (Object.keys(collected).length > 0) components.schemas = collected;

  return {
    openapi: "3.0.3",
    info: { title: nonEmpty(input.title) ? input.title : "API", version: input.version || "1" },
    ...(input.servers.length > 0
      ? { servers: input.servers.map((s) => ({ url: s.url, ...(nonEmpty(s.description) ? { description: s.description } : {}) })) }
      : {}),
    paths: { [operation.path]: { [operation.method]: op } },
    ...(Object.keys(components).length > 0 ? { components } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Operation parts

function operationParameters(operation: NormalizedOperation, schemas: SchemaCollector): Obj[] {
  const templated = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const out: Obj[] = [];
  for (const p of operation.parameters) {
    const key = `${p.in}:${p.in === "header" ? p.name.toLowerCase() : p.name}`;
    // A path parameter the path does not template cannot be sent (and makes the document invalid).
    if (seen.has(key) || (p.in === "path" && !templated.includes(p.name))) continue;
    seen.add(key);
    out.push(parameter(p, schemas));
  }
  // Every templated segment needs a declaration, or the console cannot fill it in.
  for (const name of templated) {
    if (seen.has(`path:${name}`)) continue;
    seen.add(`path:${name}`);
    out.push({ name, in: "path", required: true, schema: { type: "string" } });
  }
  return out;
}

function parameter(p: NormalizedParameter, schemas: SchemaCollector): Obj {
  return {
    name: p.name,
    in: p.in,
    required: p.in === "path" ? true : p.required,
    ...(nonEmpty(p.description) ? { description: p.description } : {}),
    ...(p.deprecated ? { deprecated: true } : {}),
    schema: p.schema ? schemas.convert(p.schema) : { type: "string" },
    ...(p.example !== undefined ? { example: p.example } : {}),
  };
}

function mediaContent(content: Record<string, MediaTypeContent>, schemas: SchemaCollector): Obj {
  const out: Obj = {};
  for (const [type, media] of Object.entries(content)) {
    const entry: Obj = {};
    if (media.schema) entry.schema = schemas.convert(media.schema);
    // `example` and `examples` are mutually exclusive in 3.0.
    if (media.example !== undefined) entry.example = media.example;
    else if (media.examples && Object.keys(media.examples).length > 0) {
      entry.examples = Object.fromEntries(Object.entries(media.examples).map(([name, value]) => [name, { value }]));
    }
    out[type] = entry;
  }
  return out;
}

function responses(operation: NormalizedOperation, schemas: SchemaCollector): Obj {
  const out: Obj = {};
  for (const response of operation.responses) {
    const status = response.status.toUpperCase() === "DEFAULT" ? "default" : response.status.toUpperCase();
    if (status !== "default" && !/^[1-5](?:\d\d|XX)$/.test(status)) continue;
    const entry: Obj = { description: nonEmpty(response.description) ? response.description : "Response" };
    if (response.headers && Object.keys(response.headers).length > 0) {
      entry.headers = Object.fromEntries(
        Object.entries(response.headers).map(([name, h]) => [
          name,
          {
            ...(nonEmpty(h.description) ? { description: h.description } : {}),
            ...(h.required ? { required: true } : {}),
            schema: h.schema ? schemas.convert(h.schema) : { type: "string" },
          },
        ]),
      );
    }
    if (Object.keys(response.content).length > 0) entry.content = mediaContent(response.content, schemas);
    out[status] = entry;
  }
  // An operation must declare at least one response.
  if (Object.keys(out).length === 0) out.default = { description: "Response" };
  return out;
}

// ---------------------------------------------------------------------------------------------
// Security schemes

/** The schemes the requirements name, rebuilt with only the fields 3.0 allows for their type. Unusable ones are left out. */
function usableSecuritySchemes(all: Record<string, SecurityScheme>, requirements: SecurityRequirement[]): Record<string, Obj> {
  const out: Record<string, Obj> = {};
  for (const name of new Set(requirements.flatMap((r) => Object.keys(r)))) {
    const scheme = all[name];
    const converted = scheme ? securityScheme(scheme) : null;
    if (converted) out[name] = converted;
  }
  return out;
}

function securityScheme(s: SecurityScheme): Obj | null {
  const description = nonEmpty(s.description) ? { description: s.description } : {};
  switch (s.type) {
    case "apiKey":
      return nonEmpty(s.name) && (s.in === "query" || s.in === "header" || s.in === "cookie")
        ? { type: "apiKey", name: s.name, in: s.in, ...description }
        : null;
    case "http":
      return nonEmpty(s.scheme)
        ? { type: "http", scheme: s.scheme, ...(nonEmpty(s.bearerFormat) ? { bearerFormat: s.bearerFormat } : {}), ...description }
        : null;
    case "openIdConnect":
      return nonEmpty(s.openIdConnectUrl) ? { type: "openIdConnect", openIdConnectUrl: s.openIdConnectUrl, ...description } : null;
    case "oauth2": {
      const flows: Obj = {};
      for (const [flow, f] of Object.entries(s.flows ?? {})) {
        if (!isObj(f)) continue;
        const needsAuthorization = flow === "implicit" || flow === "authorizationCode";
        const needsToken = flow !== "implicit";
        if (!["implicit", "password", "clientCredentials", "authorizationCode"].includes(flow)) continue;
        if ((needsAuthorization && !nonEmpty(f.authorizationUrl)) || (needsToken && !nonEmpty(f.tokenUrl))) continue;
        flows[flow] = {
          ...(needsAuthorization ? { authorizationUrl: f.authorizationUrl } : {}),
          ...(needsToken ? { tokenUrl: f.tokenUrl } : {}),
          scopes: isObj(f.scopes) ? Object.fromEntries(Object.entries(f.scopes).map(([k, v]) => [k, String(v ?? "")])) : {},
        };
      }
      return Object.keys(flows).length > 0 ? { type: "oauth2", flows, ...description } : null;
    }
    default:
      // mutualTLS does not exist in 3.0; the browser handles client certificates itself.
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Schemas

const TYPES_30 = new Set(["array", "boolean", "integer", "number", "object", "string"]);
const STRING_KEYS = ["title", "description", "format", "pattern"];
const NUMBER_KEYS = ["maximum", "minimum", "multipleOf"];
const COUNT_KEYS = ["maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties"];
const BOOLEAN_KEYS = ["nullable", "readOnly", "writeOnly", "deprecated", "uniqueItems"];
const LIST_KEYS = ["allOf", "anyOf", "oneOf"];

/**
 * Converts schemas to 3.0 and gathers the components they reach. Refs are followed breadth-first with
 * a visited set, so circular schemas terminate; each reached component is converted once.
 * Component names that 3.0 rejects (e.g. Springfox's `Page«User»`) are renamed consistently.
 */
class SchemaCollector {
  private readonly names = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly queue: string[] = [];

  constructor(private readonly source: Record<string, JsonSchema>) {}

  convert(schema: unknown): Obj {
    if (schema === true || schema === undefined) return {};
    if (schema === false) return { not: {} };
    if (!isObj(schema)) return {};
    if (typeof schema.$ref === "string") return this.ref(schema.$ref);

    const out: Obj = {};
    for (const [key, value] of Object.entries(schema)) {
      if (key.startsWith("x-")) out[key] = value;
      else if (STRING_KEYS.includes(key) && typeof value === "string") out[key] = value;
      else if (NUMBER_KEYS.includes(key) && typeof value === "number") out[key] = value;
      else if (COUNT_KEYS.includes(key) && Number.isInteger(value) && (value as number) >= 0) out[key] = value;
      else if (BOOLEAN_KEYS.includes(key) && typeof value === "boolean") out[key] = value;
      else if (key === "default" || key === "example") out[key] = value;
      else if (LIST_KEYS.includes(key) && Array.isArray(value) && value.length > 0) out[key] = value.map((s) => this.convert(s));
      else if (key === "not") out.not = this.convert(value);
      else if (key === "properties" && isObj(value)) {
        out.properties = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, this.convert(s)]));
      } else if (key === "additionalProperties") {
        out.additionalProperties = typeof value === "boolean" ? value : this.convert(value);
      } else if (key === "items") {
        // The old tuple form (`items: [A, B]`) has no 3.0 equivalent: keep the first position.
        out.items = this.convert(Array.isArray(value) ? value[0] : value);
      } else if (key === "required" && Array.isArray(value)) {
        const names = [...new Set(value.filter((v): v is string => typeof v === "string"))];
        if (names.length > 0) out.required = names;
      } else if (key === "enum" && Array.isArray(value) && value.length > 0) out.enum = value;
      else if (key === "discriminator" && isObj(value) && typeof value.propertyName === "string") {
        out.discriminator = this.discriminator(value);
      } else if ((key === "xml" && isObj(value)) || (key === "externalDocs" && isObj(value) && typeof value.url === "string")) {
        out[key] = value;
      }
    }

    // 3.1 forms with a 3.0 equivalent.
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((t): t is string => typeof t === "string");
    const concrete = types.filter((t) => TYPES_30.has(t));
    if (types.includes("null")) out.nullable = true;
    if (concrete.length === 1) out.type = concrete[0];
    if (schema.const !== undefined && out.enum === undefined) out.enum = [schema.const];
    if (out.example === undefined && Array.isArray(schema.examples) && schema.examples.length > 0) out.example = schema.examples[0];
    for (const [exclusive, bound] of [
      ["exclusiveMinimum", "minimum"],
      ["exclusiveMaximum", "maximum"],
    ] as const) {
      const value = schema[exclusive];
      if (typeof value === "number") {
        out[bound] = value;
        out[exclusive] = true;
      } else if (value === true && typeof out[bound] === "number") out[exclusive] = true;
    }
    if (out.items === undefined && Array.isArray(schema.prefixItems) && schema.prefixItems.length > 0) {
      out.items = this.convert(schema.prefixItems[0]);
    }
    if (out.type === "string" && out.format === undefined) {
      if (schema.contentEncoding === "base64") out.format = "byte";
      else if (typeof schema.contentMediaType === "string") out.format = "binary";
    }
    // 3.0 requires `items` on arrays.
    if (out.type === "array" && out.items === undefined) out.items = {};
    return out;
  }

  /** The converted reachable components, keyed by their (possibly renamed) names. */
  finish(): Record<string, Obj> {
    const out: Record<string, Obj> = {};
    for (let i = 0; i < this.queue.length; i++) {
      const original = this.queue[i]!;
      out[this.names.get(original)!] = this.convert(this.source[original]);
    }
    return out;
  }

  private ref(ref: string): Obj {
    const name = refName({ $ref: ref });
    // A ref the catalog could not resolve (missing component, remote file) would make the document invalid.
    if (name === null || !Object.hasOwn(this.source, name)) return {};
    return { $ref: `${PREFIX}${this.nameFor(name)}` };
  }

  private nameFor(original: string): string {
    const known = this.names.get(original);
    if (known !== undefined) return known;
    const base = original.replace(/[^A-Za-z0-9._-]/g, "_") || "Schema";
    let name = base;
    for (let i = 2; this.taken.has(name); i++) name = `${base}_${i}`;
    this.taken.add(name);
    this.names.set(original, name);
    this.queue.push(original);
    return name;
  }

  private discriminator(value: Obj): Obj {
    const out: Obj = { propertyName: value.propertyName };
    if (isObj(value.mapping)) {
      const mapping: Record<string, string> = {};
      for (const [key, target] of Object.entries(value.mapping)) {
        if (typeof target !== "string") continue;
        // Mapping values are refs or bare component names; both keep their target reachable.
        const name = target.startsWith(PREFIX) ? refName({ $ref: target }) : target;
        if (name !== null && Object.hasOwn(this.source, name)) mapping[key] = `${PREFIX}${this.nameFor(name)}`;
      }
      if (Object.keys(mapping).length > 0) out.mapping = mapping;
    }
    return out;
  }
}
