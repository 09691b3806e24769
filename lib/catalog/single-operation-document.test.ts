import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { singleOperationDocument, type SingleOperationInput } from "./single-operation-document";
import type { JsonSchema, NormalizedOperation } from "./types";

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const SCHEMAS: Record<string, JsonSchema> = {
  Category: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" } } },
  Tag: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" } } },
  Pet: {
    type: "object",
    required: ["name"],
    properties: { id: { type: "integer", format: "int64" }, name: { type: "string" }, category: ref("Category"), tags: { type: "array", items: ref("Tag") } },
  },
  Error: { type: "object", properties: { code: { type: "integer" }, message: { type: "string" } } },
  // Not used by the operation below.
  Order: { type: "object", properties: { pet: ref("Pet"), quantity: { type: "integer" } } },
  User: { type: "object", properties: { username: { type: "string" } } },
  // Circular: a node points to its children and its parent.
  Node: { type: "object", properties: { parent: ref("Node"), children: { type: "array", items: ref("Node") }, owner: ref("Owner") } },
  Owner: { type: "object", properties: { nodes: { type: "array", items: ref("Node") } } },
};

function operation(overrides: Partial<NormalizedOperation> = {}): NormalizedOperation {
  return {
    slug: "updatePet",
    method: "put",
    path: "/pets/{petId}",
    operationId: "updatePet",
    summary: "Update a pet",
    tags: ["pet"],
    deprecated: false,
    security: [{ petstore_auth: ["write:pets"] }, { api_key: [] }],
    parameters: [{ name: "petId", in: "path", required: true, schema: { type: "integer" } }],
    requestBody: { required: true, content: { "application/json": { schema: ref("Pet") } } },
    responses: [
      { status: "200", description: "Updated", content: { "application/json": { schema: ref("Pet") } } },
      { status: "default", content: { "application/json": { schema: ref("Error") } } },
    ],
    ...overrides,
  };
}

function input(op: NormalizedOperation, schemas: Record<string, JsonSchema> = SCHEMAS): SingleOperationInput {
  return {
    title: "Petstore",
    version: "1.0.0",
    servers: [{ url: "https://petstore.example.com/v3", description: "Production" }],
    securitySchemes: {
      petstore_auth: {
        type: "oauth2",
        flows: { implicit: { authorizationUrl: "https://petstore.example.com/oauth/authorize", scopes: { "write:pets": "modify pets" } } },
      },
      api_key: { type: "apiKey", name: "api_key", in: "header" },
      basic: { type: "http", scheme: "basic" },
      tls: { type: "mutualTLS" },
    },
    schemas,
    operation: op,
  };
}

async function expectValid(doc: Record<string, unknown>) {
  // validate() dereferences, so give it a copy.
  const result = await validate(structuredClone(doc) as never);
  if (!result.valid) throw new Error(compileErrors(result));
  expect(result.valid).toBe(true);
}

type Doc = {
  openapi: string;
  servers: unknown[];
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components?: { schemas?: Record<string, JsonSchema>; securitySchemes?: Record<string, unknown> };
};

describe("singleOperationDocument", () => {
  it("holds only the operation, the servers and what the operation uses", async () => {
    const doc = singleOperationDocument(input(operation())) as Doc;
    expect(doc.openapi).toBe("3.0.3");
    expect(doc.servers).toEqual([{ url: "https://petstore.example.com/v3", description: "Production" }]);
    expect(Object.keys(doc.paths)).toEqual(["/pets/{petId}"]);
    const op = doc.paths["/pets/{petId}"]!.put!;
    expect(op.operationId).toBe("updatePet");
    expect(op.security).toEqual([{ petstore_auth: ["write:pets"] }, { api_key: [] }]);
    expect(Object.keys(doc.components!.schemas!).sort()).toEqual(["Category", "Error", "Pet", "Tag"]);
    await expectValid(doc);
  });

  it("includes only the security schemes the operation uses", async () => {
    const doc = singleOperationDocument(input(operation({ security: [{ api_key: [] }] }))) as Doc;
    expect(Object.keys(doc.components!.securitySchemes!)).toEqual(["api_key"]);
    await expectValid(doc);

    const open = singleOperationDocument(input(operation({ security: [] }))) as Doc;
    expect(open.components?.securitySchemes).toBeUndefined();
    expect(open.paths["/pets/{petId}"]!.put!.security).toEqual([]);
    await expectValid(open);
  });

  it("drops requirements on schemes 3.0 cannot express or that are missing", async () => {
    const doc = singleOperationDocument(input(operation({ security: [{ tls: [] }, { missing: [] }, { basic: [] }] }))) as Doc;
    expect(Object.keys(doc.components!.securitySchemes!)).toEqual(["basic"]);
    expect(doc.paths["/pets/{petId}"]!.put!.security).toEqual([{ basic: [] }]);
    await expectValid(doc);
  });

  it("walks circular schemas once and terminates", async () => {
    const op = operation({
      method: "get",
      path: "/nodes",
      requestBody: null,
      security: [],
      parameters: [],
      responses: [{ status: "200", description: "Tree", content: { "application/json": { schema: ref("Node") } } }],
    });
    const doc = singleOperationDocument(input(op)) as Doc;
    expect(Object.keys(doc.components!.schemas!).sort()).toEqual(["Node", "Owner"]);
    expect(doc.components!.schemas!.Node!.properties).toMatchObject({ parent: ref("Node") });
    await expectValid(doc);
  });

  it("follows refs from parameters, headers and discriminator mappings", async () => {
    const schemas: Record<string, JsonSchema> = {
      ...SCHEMAS,
      Filter: { type: "string", enum: ["a", "b"] },
      RateLimit: { type: "integer" },
      Animal: { oneOf: [ref("Cat"), ref("Dog")], discriminator: { propertyName: "kind", mapping: { cat: "Cat", dog: "#/components/schemas/Dog", bird: "Bird" } } },
      Cat: { type: "object", properties: { kind: { type: "string" } } },
      Dog: { type: "object", properties: { kind: { type: "string" } } },
    };
    const op = operation({
      method: "get",
      path: "/animals",
      requestBody: null,
      security: [],
      parameters: [{ name: "filter", in: "query", required: false, schema: ref("Filter") }],
      responses: [
        {
          status: "200",
          content: { "application/json": { schema: ref("Animal") } },
          headers: { "X-Rate-Limit": { schema: ref("RateLimit") } },
        },
      ],
    });
    const doc = singleOperationDocument(input(op, schemas)) as Doc;
    expect(Object.keys(doc.components!.schemas!).sort()).toEqual(["Animal", "Cat", "Dog", "Filter", "RateLimit"]);
    // The mapping to a component that does not exist is dropped.
    expect(doc.components!.schemas!.Animal!.discriminator).toEqual({
      propertyName: "kind",
      mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" },
    });
    await expectValid(doc);
  });

  it("declares templated path parameters and drops ones the path does not use", async () => {
    const op = operation({
      path: "/stores/{storeId}/pets/{petId}",
      parameters: [
        { name: "petId", in: "path", required: true, schema: { type: "integer" } },
        { name: "ghost", in: "path", required: true },
        { name: "q", in: "query", required: false },
      ],
    });
    const doc = singleOperationDocument(input(op)) as Doc;
    const params = doc.paths["/stores/{storeId}/pets/{petId}"]!.put!.parameters as { name: string; in: string; required: boolean }[];
    expect(params.map((p) => `${p.in}:${p.name}:${p.required}`)).toEqual(["path:petId:true", "query:q:false", "path:storeId:true"]);
    await expectValid(doc);
  });

  it("rewrites 3.1 schemas, odd component names and unresolved refs into valid 3.0", async () => {
    const schemas: Record<string, JsonSchema> = {
      "Page«Pet»": {
        type: "object",
        required: [],
        properties: {
          items: { type: "array" },
          next: { type: ["string", "null"], format: "uri" },
          kind: { const: "page" },
          size: { type: "integer", exclusiveMinimum: 0, examples: [20] },
          tuple: { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }] },
          extra: { $ref: "other.yaml#/Thing" },
          missing: ref("Nowhere"),
          blob: { type: "string", contentMediaType: "image/png" },
          anything: true,
          owner: { $ref: "#/components/schemas/Page_Pet_" },
        },
        unevaluatedProperties: false,
        $defs: { x: { type: "string" } },
      },
      // Already named like the sanitized form of the name above: both must survive.
      Page_Pet_: { type: "object", properties: { id: { type: "integer" } } },
    };
    const op = operation({
      method: "get",
      path: "/pets",
      parameters: [],
      requestBody: null,
      security: [],
      responses: [{ status: "200", content: { "application/json": { schema: ref("Page«Pet»") } } }],
    });
    const doc = singleOperationDocument(input(op, schemas)) as Doc;
    const names = Object.keys(doc.components!.schemas!);
    expect(names.sort()).toEqual(["Page_Pet_", "Page_Pet__2"]);
    const page = doc.components!.schemas!.Page_Pet_!;
    const props = page.properties as Record<string, JsonSchema>;
    expect(page.required).toBeUndefined();
    expect(page.unevaluatedProperties).toBeUndefined();
    expect(props.items).toEqual({ type: "array", items: {} });
    expect(props.next).toEqual({ type: "string", format: "uri", nullable: true });
    expect(props.kind).toEqual({ enum: ["page"] });
    expect(props.size).toEqual({ type: "integer", minimum: 0, exclusiveMinimum: true, example: 20 });
    expect(props.tuple).toEqual({ type: "array", items: { type: "string" } });
    expect(props.extra).toEqual({});
    expect(props.missing).toEqual({});
    expect(props.blob).toEqual({ type: "string", format: "binary" });
    expect(props.owner).toEqual(ref("Page_Pet__2"));
    const response = doc.paths["/pets"]!.get!.responses as Record<string, { content: Record<string, { schema: JsonSchema }> }>;
    expect(response["200"]!.content["application/json"]!.schema).toEqual(ref("Page_Pet_"));
    await expectValid(doc);
  });

  it("stays valid with no responses, no servers and examples on media types", async () => {
    const op = operation({
      parameters: [],
      requestBody: { required: false, content: { "application/json": { example: { a: 1 } }, "text/plain": { examples: { one: "1", two: "2" } } } },
      responses: [{ status: "2xx", content: {} }],
      path: "/ping",
      security: [],
    });
    const doc = singleOperationDocument({ ...input(op), servers: [] }) as Doc;
    const body = doc.paths["/ping"]!.put!.requestBody as { content: Record<string, unknown> };
    expect(body.content["text/plain"]).toEqual({ examples: { one: { value: "1" }, two: { value: "2" } } });
    expect(doc.paths["/ping"]!.put!.responses).toEqual({ "2XX": { description: "Response" } });
    await expectValid(doc);
  });
});
