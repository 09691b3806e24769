/**
 * Ready-to-run request samples (curl, JavaScript fetch, Python requests) for one operation.
 * The operation is first reduced to a language-neutral request, then rendered per language
 * with that language's own quoting, so an example value can never break out of a string.
 */
import { exampleForMedia, exampleFromSchema } from "./examples";
import { resolveSchema } from "./schema-refs";
import type {
  HttpMethod,
  JsonSchema,
  NormalizedOperation,
  NormalizedParameter,
  NormalizedRequestBody,
  SecurityRequirement,
  SecurityScheme,
} from "./types";

export type CodeSampleInput = {
  operation: NormalizedOperation;
  serverUrl: string;
  securitySchemes: Record<string, SecurityScheme>;
  schemas: Record<string, JsonSchema>;
};

export type CodeSamples = { curl: string; javascript: string; python: string };

export function codeSamples(input: CodeSampleInput): CodeSamples {
  const request = sampleRequest(input);
  return { curl: renderCurl(request), javascript: renderJavaScript(request), python: renderPython(request) };
}

// Placeholders are deliberately obvious so a reader knows what to replace.
const API_KEY = "YOUR_API_KEY";
const BEARER_TOKEN = "YOUR_TOKEN";
const ACCESS_TOKEN = "YOUR_ACCESS_TOKEN";
const OTHER_CREDENTIALS = "YOUR_CREDENTIALS";
const BASIC_USERNAME = "username";
const BASIC_PASSWORD = "password";
const UPLOAD_FILE_NAME = "file.bin";
const UPLOAD_FILE_CONTENTS = "<file contents>";
/** For a parameter whose schema gives nothing to build an example from. */
const PARAMETER_PLACEHOLDER = "value";
/** The OpenAPI spec says header parameters with these names are ignored: other fields decide them. */
const IGNORED_HEADER_PARAMETERS = new Set(["accept", "content-type", "authorization"]);

// ---------------------------------------------------------------------------------------------
// The language-neutral request

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type Pair = readonly [name: string, value: string];
type MultipartField = { name: string; value: string; isFile: boolean };

type SampleBody =
  | { kind: "json"; value: JsonValue }
  | { kind: "form"; fields: Pair[] }
  | { kind: "multipart"; fields: MultipartField[] }
  | { kind: "text"; text: string };

type SampleRequest = {
  method: HttpMethod;
  /** Without the query string: Python passes the query separately. */
  url: string;
  query: Pair[];
  headers: Pair[];
  basicAuth: boolean;
  body: SampleBody | null;
};

function sampleRequest({ operation, serverUrl, securitySchemes, schemas }: CodeSampleInput): SampleRequest {
  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  const credentials = credentialsFor(operation.security, securitySchemes);
  const body = requestBodySample(operation.requestBody, schemas);
  const cookies = [...requiredParameters(parameters, "cookie", schemas), ...credentials.cookies];
  return {
    method: operation.method,
    url: joinUrl(serverUrl, substitutePath(operation.path, parameters, schemas)),
    query: [...requiredParameters(parameters, "query", schemas), ...credentials.query],
    headers: [
      ...credentials.headers,
      ...requiredParameters(parameters, "header", schemas).filter(([name]) => !IGNORED_HEADER_PARAMETERS.has(name.toLowerCase())),
      ...cookieHeader(cookies),
      ...contentTypeHeader(body),
    ],
    basicAuth: credentials.basicAuth,
    body: body?.sample ?? null,
  };
}

/** A trailing slash on the server would double up with the path's leading one; relative servers stay relative. */
function joinUrl(serverUrl: string, path: string): string {
  const base = typeof serverUrl === "string" ? serverUrl.replace(/\/+$/, "") : "";
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}

function substitutePath(path: string, parameters: NormalizedParameter[], schemas: Record<string, JsonSchema>): string {
  return path.replace(/\{([^{}]+)\}/g, (_template, name: string) => {
    const parameter = parameters.find((p) => p.in === "path" && p.name === name);
    const value = parameter ? parameterTexts(parameter, schemas).join(",") : PARAMETER_PLACEHOLDER;
    return encodeUriPart(value);
  });
}

/** Optional parameters are left out: a sample should show the least a caller must send. */
function requiredParameters(
  parameters: NormalizedParameter[],
  location: NormalizedParameter["in"],
  schemas: Record<string, JsonSchema>,
): Pair[] {
  return parameters
    .filter((p) => p.in === location && p.required)
    .flatMap((p): Pair[] => {
      const texts = parameterTexts(p, schemas);
      // Query arrays repeat the name (style=form, explode=true, the default); others join with commas.
      return location === "query" ? texts.map((text) => [p.name, text]) : [[p.name, singleLine(texts.join(","))]];
    });
}

function parameterTexts(parameter: NormalizedParameter, schemas: Record<string, JsonSchema>): string[] {
  const value = parameter.example !== undefined ? parameter.example : exampleFromSchema(parameter.schema, schemas);
  if (value === undefined) return [PARAMETER_PLACEHOLDER];
  return Array.isArray(value) ? value.map(plainText) : [plainText(value)];
}

function cookieHeader(cookies: Pair[]): Pair[] {
  if (cookies.length === 0) return [];
  return [["Cookie", cookies.map(([name, value]) => `${name}=${encodeUriPart(value)}`).join("; ")]];
}

/** Multipart bodies get no explicit Content-Type: every client must generate it with the boundary. */
function contentTypeHeader(body: { mediaType: string; sample: SampleBody } | null): Pair[] {
  if (!body || body.sample.kind === "multipart") return [];
  return [["Content-Type", body.mediaType]];
}

// ---------------------------------------------------------------------------------------------
// Security

type Credentials = { headers: Pair[]; query: Pair[]; cookies: Pair[]; basicAuth: boolean };

type Credential =
  | { in: "header" | "query" | "cookie"; name: string; value: string }
  | { in: "basic" };

/** The first requirement is what the docs present first; all of its schemes apply together. */
function credentialsFor(security: SecurityRequirement[], schemes: Record<string, SecurityScheme>): Credentials {
  const credentials: Credentials = { headers: [], query: [], cookies: [], basicAuth: false };
  const requirement = Array.isArray(security) ? security[0] : undefined;
  for (const schemeName of Object.keys(requirement ?? {})) {
    const scheme = schemes[schemeName];
    const credential = scheme ? credentialFor(scheme) : null;
    if (!credential) continue;
    if (credential.in === "basic") credentials.basicAuth = true;
    else if (credential.in === "query") credentials.query.push([credential.name, credential.value]);
    else if (credential.in === "cookie") credentials.cookies.push([credential.name, credential.value]);
    else credentials.headers.push([credential.name, credential.value]);
  }
  return credentials;
}

function credentialFor(scheme: SecurityScheme): Credential | null {
  switch (scheme.type) {
    case "apiKey":
      if (!scheme.name) return null;
      return { in: scheme.in === "query" || scheme.in === "cookie" ? scheme.in : "header", name: scheme.name, value: API_KEY };
    case "http":
      return httpCredential(scheme.scheme);
    case "oauth2":
    case "openIdConnect":
      return { in: "header", name: "Authorization", value: `Bearer ${ACCESS_TOKEN}` };
    default:
      // mutualTLS is a client certificate: nothing in the request itself carries it.
      return null;
  }
}

function httpCredential(scheme: string | undefined): Credential | null {
  if (!scheme) return null;
  const normalized = scheme.toLowerCase();
  if (normalized === "basic") return { in: "basic" };
  if (normalized === "bearer") return { in: "header", name: "Authorization", value: `Bearer ${BEARER_TOKEN}` };
  return { in: "header", name: "Authorization", value: `${scheme} ${OTHER_CREDENTIALS}` };
}

// ---------------------------------------------------------------------------------------------
// Request body

function requestBodySample(
  requestBody: NormalizedRequestBody | null,
  schemas: Record<string, JsonSchema>,
): { mediaType: string; sample: SampleBody } | null {
  const content = requestBody?.content ?? {};
  const mediaType = "application/json" in content ? "application/json" : Object.keys(content)[0];
  if (mediaType === undefined) return null;
  const media = content[mediaType];
  const example = exampleForMedia(media, schemas);
  switch (bodyKind(mediaType)) {
    case "json":
      return { mediaType, sample: { kind: "json", value: toJsonValue(example) ?? {} } };
    case "form":
      return { mediaType, sample: { kind: "form", fields: formFields(example) } };
    case "multipart":
      return { mediaType, sample: { kind: "multipart", fields: multipartFields(example, media?.schema, schemas) } };
    default:
      // Other formats (XML, plain text, binary) cannot be built from a schema; a string example is used as is.
      return { mediaType, sample: { kind: "text", text: typeof example === "string" ? example : `<${mediaType} body>` } };
  }
}

function bodyKind(mediaType: string): SampleBody["kind"] {
  const essence = (mediaType.split(";")[0] ?? "").trim().toLowerCase();
  if (essence === "application/json" || essence.endsWith("+json")) return "json";
  if (essence === "application/x-www-form-urlencoded") return "form";
  if (essence === "multipart/form-data") return "multipart";
  return "text";
}

/** Top-level properties become fields; array values repeat the field, as form encoding does by default. */
function formFields(example: unknown): Pair[] {
  if (!isRecord(example)) return [];
  return Object.entries(example).flatMap(([name, value]): Pair[] => {
    if (value === undefined) return [];
    return Array.isArray(value) ? value.map((item): Pair => [name, plainText(item)]) : [[name, plainText(value)]];
  });
}

/** Text fields from the example, plus one file field per binary property (even one the example left out). */
function multipartFields(example: unknown, schema: JsonSchema | undefined, schemas: Record<string, JsonSchema>): MultipartField[] {
  const fileNames = filePropertyNames(schema, schemas);
  const textFields = formFields(example)
    .filter(([name]) => !fileNames.includes(name))
    .map(([name, value]) => ({ name, value, isFile: false }));
  return [...textFields, ...fileNames.map((name) => ({ name, value: UPLOAD_FILE_NAME, isFile: true }))];
}

function filePropertyNames(schema: JsonSchema | undefined, schemas: Record<string, JsonSchema>): string[] {
  const properties = resolveSchema(schema, schemas)?.properties;
  if (!isRecord(properties)) return [];
  return Object.entries(properties)
    .filter(([, property]) => isRecord(property) && isFileSchema(property, schemas))
    .map(([name]) => name);
}

/** Binary content: 3.0 `format: binary`, 3.1 `contentMediaType`, Swagger 2.0 `type: file`, or an array of those. */
function isFileSchema(schema: JsonSchema, schemas: Record<string, JsonSchema>): boolean {
  const resolved = resolveSchema(schema, schemas);
  if (!resolved) return false;
  if (isBinarySchema(resolved)) return true;
  // One level only: an array of arrays of files is not something a form field can carry.
  const items = resolved.type === "array" && isRecord(resolved.items) ? resolveSchema(resolved.items, schemas) : undefined;
  return items !== undefined && isBinarySchema(items);
}

function isBinarySchema(schema: JsonSchema): boolean {
  return schema.format === "binary" || schema.type === "file" || typeof schema.contentMediaType === "string";
}

// ---------------------------------------------------------------------------------------------
// Value helpers

/**
 * Examples come from parsed JSON or YAML, which can hold Dates (YAML timestamps), bigints or
 * even shared/cyclic objects; reduce them to plain JSON so every renderer sees the same thing.
 */
function toJsonValue(value: unknown, ancestors: ReadonlySet<object> = new Set()): JsonValue | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== "object" || ancestors.has(value)) return undefined;
  const inner = new Set(ancestors).add(value);
  if (Array.isArray(value)) return value.map((item) => toJsonValue(item, inner) ?? null);
  const entries = Object.entries(value).flatMap(([key, item]): [string, JsonValue][] => {
    const converted = toJsonValue(item, inner);
    return converted === undefined ? [] : [[key, converted]];
  });
  return Object.fromEntries(entries);
}

/** A value as it appears in a URL, header or form field: strings bare, structures as JSON. */
function plainText(value: unknown): string {
  const json = toJsonValue(value);
  if (json === undefined || json === null) return "";
  return typeof json === "string" ? json : JSON.stringify(json);
}

/** Header values cannot span lines. */
function singleLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ");
}

/** encodeURIComponent throws on lone surrogates; a sample must never throw. */
function encodeUriPart(text: string): string {
  return encodeURIComponent(text.toWellFormed());
}

function encodePairs(pairs: Pair[]): string {
  return pairs.map(([name, value]) => `${encodeUriPart(name)}=${encodeUriPart(value)}`).join("&");
}

function withQuery(url: string, query: Pair[]): string {
  if (query.length === 0) return url;
  return `${url}${url.includes("?") ? "&" : "?"}${encodePairs(query)}`;
}

/** Repeated names collapse into one entry holding a list, the shape Python's requests expects. */
function groupPairs(pairs: Pair[]): [string, JsonValue][] {
  const grouped = new Map<string, string[]>();
  for (const [name, value] of pairs) grouped.set(name, [...(grouped.get(name) ?? []), value]);
  return [...grouped].map(([name, values]) => [name, values.length === 1 ? (values[0] ?? "") : values]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// Literal rendering shared by JavaScript and Python

type LiteralSyntax = {
  indent: string;
  string: (text: string) => string;
  key: (name: string) => string;
  true: string;
  false: string;
  null: string;
};

function renderLiteral(value: JsonValue, syntax: LiteralSyntax): string {
  if (value === null) return syntax.null;
  if (typeof value === "boolean") return value ? syntax.true : syntax.false;
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return syntax.string(value);
  if (Array.isArray(value)) return renderBlock("[", "]", value.map((item) => renderLiteral(item, syntax)), syntax.indent);
  return renderObject(Object.entries(value), syntax);
}

function renderObject(entries: [string, JsonValue][], syntax: LiteralSyntax): string {
  const lines = entries.map(([name, item]) => `${syntax.key(name)}: ${renderLiteral(item, syntax)}`);
  return renderBlock("{", "}", lines, syntax.indent);
}

/** One item per line, nested lines indented one more level; empty blocks stay on one line. */
function renderBlock(open: string, close: string, items: string[], indent: string): string {
  if (items.length === 0) return `${open}${close}`;
  const body = items.map((item) => indent + item.replaceAll("\n", `\n${indent}`)).join(",\n");
  return `${open}\n${body}\n${close}`;
}

// ---------------------------------------------------------------------------------------------
// curl

/** POSIX single quotes take everything literally; a quote itself is closed, escaped and reopened. */
function shellString(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

function renderCurl(request: SampleRequest): string {
  const lines = [`curl${curlMethodOption(request.method)} ${shellString(withQuery(request.url, request.query))}`];
  if (request.basicAuth) lines.push(`-u ${shellString(`${BASIC_USERNAME}:${BASIC_PASSWORD}`)}`);
  for (const [name, value] of request.headers) lines.push(`-H ${shellString(`${name}: ${value}`)}`);
  if (request.body) lines.push(...curlBodyOptions(request.body));
  return lines.join(" \\\n  ");
}

/** GET is curl's default; HEAD needs --head, since `-X HEAD` makes curl wait for a body that never comes. */
function curlMethodOption(method: HttpMethod): string {
  if (method === "get") return "";
  if (method === "head") return " --head";
  return ` -X ${method.toUpperCase()}`;
}

function curlBodyOptions(body: SampleBody): string[] {
  switch (body.kind) {
    case "json":
      return [`-d ${shellString(JSON.stringify(body.value, null, 2))}`];
    case "form":
      return [`-d ${shellString(encodePairs(body.fields))}`];
    case "multipart":
      return body.fields.map(curlFormOption);
    case "text":
      // --data-raw, unlike -d, does not read a file when the text starts with "@".
      return [`--data-raw ${shellString(body.text)}`];
  }
}

function curlFormOption(field: MultipartField): string {
  if (field.isFile) return `-F ${shellString(`${field.name}=@${field.value}`)}`;
  // -F reads files for values starting with @ or < and parses ";type=" suffixes; --form-string never does.
  const option = /^[@<]|;/.test(field.value) ? "--form-string" : "-F";
  return `${option} ${shellString(`${field.name}=${field.value}`)}`;
}

// ---------------------------------------------------------------------------------------------
// JavaScript (fetch)

/** JSON string syntax is valid JavaScript string syntax (ES2019 made U+2028/U+2029 legal too). */
function javaScriptString(text: string): string {
  return JSON.stringify(text);
}

const JAVASCRIPT: LiteralSyntax = {
  indent: "  ",
  string: javaScriptString,
  // In an object literal a plain "__proto__" key sets the prototype; a computed key makes it a property.
  key: (name) => (name === "__proto__" ? `[${javaScriptString(name)}]` : javaScriptString(name)),
  true: "true",
  false: "false",
  null: "null",
};

function renderJavaScript(request: SampleRequest): string {
  const options = [`method: ${javaScriptString(request.method.toUpperCase())}`];
  const headers = javaScriptHeaders(request);
  if (headers.length > 0) options.push(`headers: ${renderBlock("{", "}", headers, JAVASCRIPT.indent)}`);
  if (request.body) options.push(`body: ${javaScriptBody(request.body)}`);
  const url = javaScriptString(withQuery(request.url, request.query));
  const call = [
    `const response = await fetch(${url}, ${renderBlock("{", "}", options, JAVASCRIPT.indent)});`,
    "const data = await response.json();",
  ];
  const setup = request.body?.kind === "multipart" ? [...javaScriptFormData(request.body.fields), ""] : [];
  return [...setup, ...call].join("\n");
}

function javaScriptHeaders(request: SampleRequest): string[] {
  const basic = request.basicAuth
    ? [`${JAVASCRIPT.key("Authorization")}: "Basic " + btoa(${javaScriptString(`${BASIC_USERNAME}:${BASIC_PASSWORD}`)})`]
    : [];
  const plain = request.headers.map(([name, value]) => `${JAVASCRIPT.key(name)}: ${javaScriptString(value)}`);
  return [...basic, ...plain];
}

function javaScriptBody(body: SampleBody): string {
  switch (body.kind) {
    case "json":
      return `JSON.stringify(${renderLiteral(body.value, JAVASCRIPT)})`;
    case "form":
      return `new URLSearchParams(${renderLiteral(urlSearchParamsInit(body.fields), JAVASCRIPT)})`;
    case "multipart":
      return "formData";
    case "text":
      return javaScriptString(body.text);
  }
}

/** A record reads best; repeated names need the list-of-pairs form to survive. */
function urlSearchParamsInit(fields: Pair[]): JsonValue {
  const names = fields.map(([name]) => name);
  if (new Set(names).size < names.length) return fields.map(([name, value]) => [name, value]);
  return Object.fromEntries(fields);
}

function javaScriptFormData(fields: MultipartField[]): string[] {
  const appends = fields.map(({ name, value, isFile }) =>
    isFile
      ? `formData.append(${javaScriptString(name)}, new Blob([${javaScriptString(UPLOAD_FILE_CONTENTS)}]), ${javaScriptString(value)});`
      : `formData.append(${javaScriptString(name)}, ${javaScriptString(value)});`,
  );
  return ["const formData = new FormData();", ...appends];
}

// ---------------------------------------------------------------------------------------------
// Python (requests)

/**
 * Python string escapes are a superset of JSON's (\" \\ \n \t \uXXXX …), and JSON escapes every
 * control character, so a JSON string is a valid Python str literal.
 */
function pythonString(text: string): string {
  return JSON.stringify(text);
}

const PYTHON: LiteralSyntax = { indent: "    ", string: pythonString, key: pythonString, true: "True", false: "False", null: "None" };

const REQUESTS_SHORTCUTS = new Set<HttpMethod>(["get", "post", "put", "patch", "delete", "head", "options"]);

type PythonPart = { assignments: string[]; arguments: string[] };

function renderPython(request: SampleRequest): string {
  const parts: PythonPart[] = [
    { assignments: [`url = ${pythonString(request.url)}`], arguments: ["url"] },
    pythonDict("params", groupPairs(request.query)),
    pythonDict("headers", request.headers.map(([name, value]): [string, JsonValue] => [name, value])),
    request.basicAuth
      ? { assignments: [], arguments: [`auth=(${pythonString(BASIC_USERNAME)}, ${pythonString(BASIC_PASSWORD)})`] }
      : { assignments: [], arguments: [] },
    request.body ? pythonBody(request.body) : { assignments: [], arguments: [] },
  ];
  return [
    "import requests",
    "",
    ...parts.flatMap((part) => part.assignments),
    "",
    `response = ${pythonCall(request.method, parts.flatMap((part) => part.arguments))}`,
    "print(response.json())",
  ].join("\n");
}

/** `name = {...}` passed as `name=name`, or nothing when there are no entries. */
function pythonDict(name: string, entries: [string, JsonValue][]): PythonPart {
  if (entries.length === 0) return { assignments: [], arguments: [] };
  return { assignments: [`${name} = ${renderObject(entries, PYTHON)}`], arguments: [`${name}=${name}`] };
}

function pythonBody(body: SampleBody): PythonPart {
  switch (body.kind) {
    case "json":
      return { assignments: [`payload = ${renderLiteral(body.value, PYTHON)}`], arguments: ["json=payload"] };
    case "form":
      return pythonDict("data", groupPairs(body.fields));
    case "multipart":
      return pythonMultipart(body.fields);
    case "text":
      // requests sends a str body as Latin-1; anything beyond that must be encoded first.
      return {
        assignments: [`data = ${pythonString(body.text)}`],
        arguments: [/[^\u0000-\u00ff]/.test(body.text) ? `data=data.encode("utf-8")` : "data=data"],
      };
  }
}

function pythonMultipart(fields: MultipartField[]): PythonPart {
  const text = pythonDict("data", groupPairs(fields.filter((f) => !f.isFile).map((f): Pair => [f.name, f.value])));
  const fileLines = fields
    .filter((f) => f.isFile)
    .map((f) => `${pythonString(f.name)}: open(${pythonString(f.value)}, "rb")`);
  if (fileLines.length === 0) return text;
  return {
    assignments: [...text.assignments, `files = ${renderBlock("{", "}", fileLines, PYTHON.indent)}`],
    arguments: [...text.arguments, "files=files"],
  };
}

function pythonCall(method: HttpMethod, args: string[]): string {
  if (REQUESTS_SHORTCUTS.has(method)) return `requests.${method}(${args.join(", ")})`;
  return `requests.request(${[pythonString(method.toUpperCase()), ...args].join(", ")})`;
}
