import type { JsonSchema } from "../types";

// The Petstore's Pet (which references Category and Tag), shared by the catalog's unit tests.

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** The Petstore's Pet, which references Category and Tag. */
export const PETSTORE: Record<string, JsonSchema> = {
  Category: {
    type: "object",
    properties: { id: { type: "integer", format: "int64", example: 1 }, name: { type: "string", example: "Dogs" } },
  },
  Tag: { type: "object", properties: { id: { type: "integer", format: "int64" }, name: { type: "string" } } },
  Pet: {
    type: "object",
    required: ["name", "photoUrls"],
    properties: {
      id: { type: "integer", format: "int64", example: 10 },
      name: { type: "string", example: "doggie" },
      category: ref("Category"),
      photoUrls: { type: "array", items: { type: "string" } },
      tags: { type: "array", items: ref("Tag") },
      status: { type: "string", enum: ["available", "pending", "sold"] },
    },
  },
};
