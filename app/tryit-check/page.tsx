import { TryIt } from "@/components/docs/TryIt";
import { singleOperationDocument } from "@/lib/catalog/single-operation-document";

// Throwaway page to check the "Try it" console in a production build. Delete after use.
const document = singleOperationDocument({
  title: "Petstore",
  version: "1.0.0",
  servers: [{ url: "http://127.0.0.1:4567", description: "Local" }],
  securitySchemes: { api_key: { type: "apiKey", name: "api_key", in: "header" }, basic: { type: "http", scheme: "basic" } },
  schemas: {
    Category: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" } } },
    Pet: {
      type: "object",
      required: ["name"],
      properties: {
        id: { type: "integer", format: "int64", example: 10 },
        name: { type: "string", example: "doggie" },
        category: { $ref: "#/components/schemas/Category" },
        status: { type: "string", enum: ["available", "pending", "sold"] },
      },
    },
    Unused: { type: "string" },
  },
  operation: {
    slug: "getPetById",
    method: "get",
    path: "/pets/{petId}",
    operationId: "getPetById",
    summary: "Find pet by ID",
    tags: ["pet"],
    deprecated: false,
    security: [{ api_key: [] }],
    parameters: [
      { name: "petId", in: "path", required: true, description: "ID of pet to return", schema: { type: "integer", format: "int64" }, example: 10 },
      { name: "verbose", in: "query", required: false, schema: { type: "boolean" } },
    ],
    requestBody: null,
    responses: [
      { status: "200", description: "successful operation", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } },
      { status: "404", description: "Pet not found", content: {} },
    ],
  },
});

export default function TryItCheckPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Find pet by ID</h1>
      <TryIt document={document} />
    </div>
  );
}
