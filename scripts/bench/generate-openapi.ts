/**
 * A large, valid OpenAPI 3.0 document for the import benchmark, generated deterministically:
 * `resources` resources (each a schema, a create-request schema and four operations: list,
 * create, get, update), shared parameters and error responses, inline examples and prose.
 * The default (625 resources) gives 2,500 operations and roughly 10 MB of YAML.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";

const DOMAINS = [
  "billing", "catalog", "shipping", "identity", "payments", "analytics", "messaging", "inventory", "support", "marketing",
  "compliance", "scheduling", "documents", "media", "search", "reporting", "partners", "devices", "telemetry", "workflow",
  "storage", "pricing", "loyalty", "fleet", "clinical",
];
const ENTITIES = [
  "account", "invoice", "order", "customer", "product", "shipment", "ticket", "campaign", "device", "report",
  "subscription", "payment", "refund", "coupon", "warehouse", "route", "agent", "contract", "asset", "event",
  "webhook", "session", "policy", "token", "note",
];
const WORDS = (
  "the a resource record value identifier status created updated owner region currency amount total limit page cursor filter " +
  "returns describes optional required unique timestamp version label external reference metadata priority channel source target " +
  "settlement balance window retention schedule quota tier threshold primary secondary archived pending active closed draft"
).split(" ");

/** mulberry32: a small seeded PRNG, so the document is the same on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pascal = (s: string) => s.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());

export function generateLargeDocument(resources = 625, propertiesPerSchema = 14): { yaml: string; operations: number } {
  const random = prng(42);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    const text = words.join(" ");
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const prose = (sentences: number) => Array.from({ length: sentences }, () => sentence(8 + Math.floor(random() * 10))).join(" ");

  const schemas: Record<string, unknown> = {
    Error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", description: "A stable, machine-readable error code.", example: "invalid_request" },
        message: { type: "string", description: "A human-readable explanation of the problem." },
        details: { type: "array", items: { type: "object", additionalProperties: true }, description: "Field-level problems, when any." },
      },
    },
    PageInfo: {
      type: "object",
      properties: {
        nextCursor: { type: "string", nullable: true, description: "Pass as `cursor` to read the next page; null on the last page." },
        total: { type: "integer", format: "int64", description: "How many items match the filters." },
      },
    },
  };
  const paths: Record<string, unknown> = {};
  const tags: { name: string; description: string }[] = [];
  const names: string[] = [];

  for (let r = 0; r < resources; r++) {
    const domain = DOMAINS[Math.floor(r / ENTITIES.length) % DOMAINS.length]!;
    const entity = ENTITIES[r % ENTITIES.length]!;
    const round = Math.floor(r / (DOMAINS.length * ENTITIES.length));
    const suffix = round ? String(round + 1) : "";
    const name = `${pascal(domain)}${pascal(entity)}${suffix}`;
    names.push(name);
    const tag = `${pascal(domain)}${suffix}`;
    if (!tags.some((t) => t.name === tag)) tags.push({ name: tag, description: prose(2) });

    const properties: Record<string, unknown> = {
      id: { type: "string", description: `Unique identifier of the ${entity}.`, example: `${entity.slice(0, 3)}_${Math.floor(random() * 1e9).toString(36)}`, readOnly: true },
      createdAt: { type: "string", format: "date-time", description: "When it was created (UTC).", readOnly: true },
      status: { type: "string", enum: ["draft", "pending", "active", "closed", "archived"], description: prose(1) },
    };
    const example: Record<string, unknown> = { id: (properties.id as { example: string }).example, createdAt: "2025-01-15T09:30:00Z", status: "active" };
    for (let p = 0; p < propertiesPerSchema; p++) {
      const prop = `${pick(WORDS)}${pascal(pick(WORDS))}${p}`;
      const kind = pick(["string", "integer", "number", "boolean", "array"] as const);
      const base = { description: prose(1 + Math.floor(random() * 2)) };
      if (kind === "array") {
        properties[prop] = { ...base, type: "array", items: { type: "string", maxLength: 64 }, maxItems: 50 };
        example[prop] = [pick(WORDS), pick(WORDS)];
      } else if (kind === "string") {
        properties[prop] = { ...base, type: "string", maxLength: 255, example: pick(WORDS) };
        example[prop] = pick(WORDS);
      } else if (kind === "boolean") {
        properties[prop] = { ...base, type: "boolean", default: false };
        example[prop] = random() > 0.5;
      } else {
        properties[prop] = { ...base, type: kind, minimum: 0, ...(kind === "integer" ? { format: "int32" } : {}) };
        example[prop] = Math.floor(random() * 1000);
      }
    }
    if (r > 0) properties.related = { $ref: `#/components/schemas/${names[Math.floor(random() * (names.length - 1))]}` };
    schemas[name] = { type: "object", description: prose(2), required: ["id", "status"], properties };
    const writable = Object.keys(properties).filter((k) => !["id", "createdAt", "related"].includes(k));
    schemas[`${name}Input`] = {
      type: "object",
      required: ["status"],
      properties: Object.fromEntries(writable.map((k) => [k, properties[k]])),
    };

    const collection = `/v1/${domain}${suffix}/${entity}s`;
    const item = `${collection}/{${entity}Id}`;
    const ref = { $ref: `#/components/schemas/${name}` };
    const errors = { "400": { $ref: "#/components/responses/BadRequest" }, "401": { $ref: "#/components/responses/Unauthorized" } };
    const idParam = { name: `${entity}Id`, in: "path", required: true, description: `Identifier of the ${entity}.`, schema: { type: "string" } };
    const filters = Array.from({ length: 3 }, (_, i) => ({
      name: `${pick(WORDS)}${i}`,
      in: "query",
      description: prose(1),
      schema: { type: "string" },
    }));
    paths[collection] = {
      get: {
        operationId: `list${name}s`,
        summary: `List ${domain} ${entity}s`,
        description: prose(3),
        tags: [tag],
        parameters: [{ $ref: "#/components/parameters/Limit" }, { $ref: "#/components/parameters/Cursor" }, ...filters],
        responses: {
          "200": {
            description: `A page of ${entity}s.`,
            content: {
              "application/json": {
                schema: { type: "object", properties: { data: { type: "array", items: ref }, page: { $ref: "#/components/schemas/PageInfo" } } },
                example: { data: [example], page: { nextCursor: null, total: 1 } },
              },
            },
          },
          ...errors,
        },
      },
      post: {
        operationId: `create${name}`,
        summary: `Create a ${domain} ${entity}`,
        description: prose(3),
        tags: [tag],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${name}Input` }, example: { ...example, id: undefined, createdAt: undefined } } } },
        responses: { "201": { description: "Created.", content: { "application/json": { schema: ref, example } } }, ...errors },
      },
    };
    paths[item] = {
      parameters: [idParam],
      get: {
        operationId: `get${name}`,
        summary: `Get a ${domain} ${entity}`,
        description: prose(2),
        tags: [tag],
        responses: { "200": { description: `The ${entity}.`, content: { "application/json": { schema: ref, example } } }, "404": { $ref: "#/components/responses/NotFound" }, ...errors },
      },
      patch: {
        operationId: `update${name}`,
        summary: `Update a ${domain} ${entity}`,
        description: prose(2),
        tags: [tag],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${name}Input` } } } },
        responses: { "200": { description: "Updated.", content: { "application/json": { schema: ref, example } } }, "404": { $ref: "#/components/responses/NotFound" }, ...errors },
      },
    };
  }

  const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
  const document = {
    openapi: "3.0.3",
    info: { title: "Generated Benchmark API", version: "1.0.0", description: prose(6) },
    servers: [{ url: "https://api.example.com", description: "Production" }],
    security: [{ bearer: [] }],
    tags,
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      parameters: {
        Limit: { name: "limit", in: "query", description: "At most this many items (1–100).", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
        Cursor: { name: "cursor", in: "query", description: "The `nextCursor` of the previous page.", schema: { type: "string" } },
      },
      responses: {
        BadRequest: errorResponse("The request is not valid."),
        Unauthorized: errorResponse("Missing or invalid credentials."),
        NotFound: errorResponse("No such resource."),
      },
      schemas,
    },
  };
  return { yaml: stringify(JSON.parse(JSON.stringify(document)), { lineWidth: 0, aliasDuplicateObjects: false }), operations: resources * 4 };
}

// `tsx scripts/bench/generate-openapi.ts <out.yaml>` writes the document (the import benchmark
// runs this in a child process so the generator's memory stays out of its figures).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error("Usage: tsx scripts/bench/generate-openapi.ts <out.yaml>");
    process.exit(2);
  }
  const { yaml, operations } = generateLargeDocument();
  writeFileSync(out, yaml);
  console.log(`${out}: ${operations} operations, ${(Buffer.byteLength(yaml) / 1024 / 1024).toFixed(2)} MB`);
}
