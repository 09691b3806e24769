/**
 * The catalog's normalized form of an OpenAPI document. Every source format (Swagger 2.0,
 * OpenAPI 3.0, 3.1) is converted to this shape on import; pages, search, diff and code samples
 * read only this shape. Schemas keep internal `$ref`s ("#/components/schemas/Name"), resolved
 * against `components.schemas` when needed, because real documents have circular schemas.
 */

/** An OpenAPI 3.x Schema Object (JSON Schema dialect), possibly `{ $ref: "#/components/schemas/X" }`. */
export type JsonSchema = { [key: string]: unknown };

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
export const HTTP_METHODS: readonly HttpMethod[] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export type ParameterLocation = "path" | "query" | "header" | "cookie";

export type NormalizedParameter = {
  name: string;
  in: ParameterLocation;
  required: boolean;
  description?: string;
  deprecated?: boolean;
  schema?: JsonSchema;
  example?: unknown;
};

export type MediaTypeContent = {
  schema?: JsonSchema;
  example?: unknown;
  /** Named examples: their `value`s (summaries dropped). */
  examples?: Record<string, unknown>;
};

export type NormalizedRequestBody = {
  required: boolean;
  description?: string;
  /** Keyed by media type, e.g. "application/json". */
  content: Record<string, MediaTypeContent>;
};

export type NormalizedResponse = {
  /** "200", "404", "4XX" or "default". */
  status: string;
  description?: string;
  content: Record<string, MediaTypeContent>;
  headers?: Record<string, { description?: string; schema?: JsonSchema; required?: boolean }>;
};

/** A security requirement: scheme name → required scopes. An empty list means "no auth". */
export type SecurityRequirement = Record<string, string[]>;

export type NormalizedOperation = {
  /** Stable id used in the page URL: the operationId when usable, else derived from method + path. */
  slug: string;
  method: HttpMethod;
  path: string;
  operationId?: string;
  summary?: string;
  description?: string;
  tags: string[];
  deprecated: boolean;
  /** Effective requirements (operation-level, else document-level). */
  security: SecurityRequirement[];
  parameters: NormalizedParameter[];
  requestBody: NormalizedRequestBody | null;
  responses: NormalizedResponse[];
};

export type SecurityScheme = {
  type: "apiKey" | "http" | "oauth2" | "openIdConnect" | "mutualTLS";
  description?: string;
  /** apiKey */
  name?: string;
  in?: "query" | "header" | "cookie";
  /** http */
  scheme?: string;
  bearerFormat?: string;
  /** oauth2 */
  flows?: Record<string, { authorizationUrl?: string; tokenUrl?: string; scopes?: Record<string, string> }>;
  /** openIdConnect */
  openIdConnectUrl?: string;
};

export type SourceFormat = "swagger-2.0" | "openapi-3.0" | "openapi-3.1";

export type NormalizedDocument = {
  format: SourceFormat;
  title: string;
  /** info.version of the document. */
  version: string;
  description?: string;
  servers: { url: string; description?: string }[];
  securitySchemes: Record<string, SecurityScheme>;
  tags: { name: string; description?: string }[];
  components: { schemas: Record<string, JsonSchema> };
  operations: NormalizedOperation[];
  webhookCount: number;
  /** Things the import could not do but did not refuse, e.g. a remote $ref left unresolved. */
  warnings: string[];
};
