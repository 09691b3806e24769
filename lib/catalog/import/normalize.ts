import {
  HTTP_METHODS,
  type HttpMethod,
  type JsonSchema,
  type MediaTypeContent,
  type NormalizedDocument,
  type NormalizedOperation,
  type NormalizedParameter,
  type NormalizedRequestBody,
  type NormalizedResponse,
  type SecurityRequirement,
  type SecurityScheme,
  type SourceFormat,
} from "../types";
import type { OpenApi3 } from "./bundle";

type Obj = Record<string, unknown>;
const SCHEMA_PREFIX = "#/components/schemas/";

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v : undefined);
const unescape = (key: string) => decodeURIComponent(key).replace(/~1/g, "/").replace(/~0/g, "~");

/** Reads the OpenAPI 3.x document, following internal refs of non-schema objects. */
class DocumentReader {
  readonly schemas: Record<string, JsonSchema>;
  private readonly hoisted = new Map<string, string>();

  constructor(private readonly doc: OpenApi3) {
    const components = isObj(doc.components) ? doc.components : {};
    this.schemas = { ...(isObj(components.schemas) ? (components.schemas as Record<string, JsonSchema>) : {}) };
    for (const name of Object.keys(this.schemas)) this.schemas[name] = this.keepSchema(this.schemas[name])!;
  }

  /** Follows a chain of internal `$ref`s (parameters, responses, bodies, headers, examples). */
  deref(value: unknown, depth = 0): unknown {
    if (!isObj(value) || typeof value.$ref !== "string" || !value.$ref.startsWith("#/") || depth > 20) return value;
    return this.deref(this.pointer(value.$ref), depth + 1);
  }

  private pointer(ref: string): unknown {
    let node: unknown = this.doc;
    for (const key of ref.slice(2).split("/").map(unescape)) node = isObj(node) || Array.isArray(node) ? (node as Obj)[key] : undefined;
    return node;
  }

  /**
   * Keeps a schema's refs pointing into components.schemas. A ref elsewhere (the bundler inlines
   * a file's schema at its first use) is moved there under a readable name.
   */
  keepSchema(schema: unknown): JsonSchema | undefined {
    if (!isObj(schema)) return undefined;
    const walk = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(walk);
      if (!isObj(value)) return value;
      const out: Obj = {};
      for (const [key, child] of Object.entries(value)) {
        out[key] = key === "$ref" && typeof child === "string" ? this.schemaRef(child) : walk(child);
      }
      return out;
    };
    return walk(schema) as JsonSchema;
  }

  private schemaRef(ref: string): string {
    if (!ref.startsWith("#/") || ref.startsWith(SCHEMA_PREFIX)) return ref;
    const existing = this.hoisted.get(ref);
    if (existing) return `${SCHEMA_PREFIX}${existing}`;
    const last = unescape(ref.split("/").at(-1) ?? "Schema");
    let name = /^[A-Za-z][\w.-]*$/.test(last) && !["schema", "items"].includes(last) ? last : "Schema";
    for (let i = 2; this.schemas[name]; i++) name = `${name.replace(/\d+$/, "")}${i}`;
    this.hoisted.set(ref, name);
    this.schemas[name] = {};
    this.schemas[name] = this.keepSchema(this.pointer(ref)) ?? {};
    return `${SCHEMA_PREFIX}${encodeURIComponent(name)}`;
  }
}

function mediaContent(reader: DocumentReader, content: unknown): Record<string, MediaTypeContent> {
  const out: Record<string, MediaTypeContent> = {};
  if (!isObj(content)) return out;
  for (const [type, raw] of Object.entries(content)) {
    const media = reader.deref(raw);
    if (!isObj(media)) continue;
    const entry: MediaTypeContent = {};
    const schema = reader.keepSchema(media.schema);
    if (schema) entry.schema = schema;
    if (media.example !== undefined) entry.example = media.example;
    if (isObj(media.examples)) {
      entry.examples = Object.fromEntries(
        Object.entries(media.examples).map(([name, ex]) => {
          const example = reader.deref(ex);
          return [name, isObj(example) && "value" in example ? example.value : example];
        }),
      );
    }
    out[type] = entry;
  }
  return out;
}

function parameters(reader: DocumentReader, pathLevel: unknown, operationLevel: unknown): NormalizedParameter[] {
  const merged = new Map<string, NormalizedParameter>();
  for (const list of [pathLevel, operationLevel]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const p = reader.deref(raw);
      if (!isObj(p) || typeof p.name !== "string" || !["path", "query", "header", "cookie"].includes(String(p.in))) continue;
      const fromContent = isObj(p.content) ? Object.values(p.content).find(isObj)?.schema : undefined;
      const parameter: NormalizedParameter = {
        name: p.name,
        in: p.in as NormalizedParameter["in"],
        required: p.in === "path" || p.required === true,
      };
      if (str(p.description)) parameter.description = String(p.description);
      if (p.deprecated === true) parameter.deprecated = true;
      const schema = reader.keepSchema(p.schema ?? fromContent);
      if (schema) parameter.schema = schema;
      if (p.example !== undefined) parameter.example = p.example;
      merged.set(`${p.in}:${p.name}`, parameter); // operation-level overrides path-level
    }
  }
  return [...merged.values()];
}

function requestBody(reader: DocumentReader, raw: unknown): NormalizedRequestBody | null {
  const body = reader.deref(raw);
  if (!isObj(body)) return null;
  return { required: body.required === true, ...(str(body.description) ? { description: String(body.description) } : {}), content: mediaContent(reader, body.content) };
}

function responses(reader: DocumentReader, raw: unknown): NormalizedResponse[] {
  if (!isObj(raw)) return [];
  return Object.entries(raw).flatMap(([status, value]) => {
    const response = reader.deref(value);
    if (!isObj(response)) return [];
    const normalized: NormalizedResponse = { status, content: mediaContent(reader, response.content) };
    if (str(response.description)) normalized.description = String(response.description);
    if (isObj(response.headers)) {
      normalized.headers = Object.fromEntries(
        Object.entries(response.headers).flatMap(([name, h]) => {
          const header = reader.deref(h);
          if (!isObj(header)) return [];
          return [[name, { description: str(header.description), schema: reader.keepSchema(header.schema), required: header.required === true }]];
        }),
      );
    }
    return [normalized];
  });
}

function securityOf(value: unknown): SecurityRequirement[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isObj).map((req) => Object.fromEntries(Object.entries(req).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : []])));
}

/** URL-safe, stable ids: the operationId when it is one, else method + path. Unique per version. */
function operationSlug(method: string, path: string, operationId: string | undefined, taken: Set<string>): string {
  const base =
    operationId && /^[A-Za-z0-9._~-]{1,120}$/.test(operationId)
      ? operationId
      : `${method}-${path}`.toLowerCase().replace(/[{}]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 120) || method;
  let slug = base;
  for (let i = 2; taken.has(slug.toLowerCase()); i++) slug = `${base}-${i}`;
  taken.add(slug.toLowerCase());
  return slug;
}

function operations(reader: DocumentReader, doc: OpenApi3): NormalizedOperation[] {
  const taken = new Set<string>();
  const documentSecurity = securityOf(doc.security) ?? [];
  const paths = isObj(doc.paths) ? doc.paths : {};
  const out: NormalizedOperation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = reader.deref(rawItem);
    if (!isObj(item)) continue;
    // Document order, as the author arranged the operations.
    for (const method of Object.keys(item).filter((k): k is HttpMethod => (HTTP_METHODS as readonly string[]).includes(k))) {
      const op = item[method];
      if (!isObj(op)) continue;
      const operationId = str(op.operationId);
      out.push({
        slug: operationSlug(method, path, operationId, taken),
        method,
        path,
        ...(operationId ? { operationId } : {}),
        ...(str(op.summary) ? { summary: String(op.summary).trim() } : {}),
        ...(str(op.description) ? { description: String(op.description) } : {}),
        tags: Array.isArray(op.tags) ? op.tags.map(String) : [],
        deprecated: op.deprecated === true,
        security: securityOf(op.security) ?? documentSecurity,
        parameters: parameters(reader, item.parameters, op.parameters),
        requestBody: requestBody(reader, op.requestBody),
        responses: responses(reader, op.responses),
      });
    }
  }
  return out;
}

function securitySchemes(reader: DocumentReader, doc: OpenApi3): Record<string, SecurityScheme> {
  const components = isObj(doc.components) ? doc.components : {};
  const schemes = isObj(components.securitySchemes) ? components.securitySchemes : {};
  return Object.fromEntries(
    Object.entries(schemes).flatMap(([name, raw]) => {
      const scheme = reader.deref(raw);
      return isObj(scheme) && typeof scheme.type === "string" ? [[name, scheme as SecurityScheme]] : [];
    }),
  );
}

/** The catalog's form of a validated OpenAPI 3.x document. */
export function normalizeDocument(doc: OpenApi3, format: SourceFormat, warnings: string[]): NormalizedDocument {
  const reader = new DocumentReader(doc);
  const info = isObj(doc.info) ? doc.info : {};
  const ops = operations(reader, doc);
  const declaredTags = Array.isArray(doc.tags) ? doc.tags.filter(isObj).map((t) => ({ name: String(t.name), ...(str(t.description) ? { description: String(t.description) } : {}) })) : [];
  const usedTags = new Set(ops.flatMap((o) => o.tags));
  const tags = [...declaredTags, ...[...usedTags].filter((t) => !declaredTags.some((d) => d.name === t)).map((name) => ({ name }))];
  return {
    format,
    title: str(info.title) ?? "Untitled API",
    version: String(info.version ?? ""),
    ...(str(info.description) ? { description: String(info.description) } : {}),
    servers: Array.isArray(doc.servers)
      ? doc.servers.filter(isObj).map((s) => ({ url: String(s.url ?? "/"), ...(str(s.description) ? { description: String(s.description) } : {}) }))
      : [],
    securitySchemes: securitySchemes(reader, doc),
    tags,
    components: { schemas: reader.schemas },
    operations: ops,
    webhookCount: isObj(doc.webhooks) ? Object.keys(doc.webhooks).length : 0,
    warnings,
  };
}
