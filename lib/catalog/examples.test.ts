import { describe, expect, it } from "vitest";
import { exampleForMedia, exampleFromSchema } from "./examples";
import type { JsonSchema } from "./types";
import { PETSTORE, ref } from "./testing/petstore-schemas";


describe("exampleFromSchema", () => {
  it("builds a Pet through its Category and Tag references", () => {
    expect(exampleFromSchema(ref("Pet"), PETSTORE)).toEqual({
      id: 10,
      name: "doggie",
      category: { id: 1, name: "Dogs" },
      photoUrls: ["string"],
      tags: [{ id: 0, name: "string" }],
      status: "available",
    });
  });

  it("prefers example, then examples, then default, then enum, then const", () => {
    const all = { type: "string", example: "a", examples: ["b"], default: "c", enum: ["d"], const: "e" };
    expect(exampleFromSchema(all, {})).toBe("a");
    expect(exampleFromSchema({ ...all, example: undefined }, {})).toBe("b");
    expect(exampleFromSchema({ type: "string", default: "c", enum: ["d"], const: "e" }, {})).toBe("c");
    expect(exampleFromSchema({ type: "string", enum: ["d"], const: "e" }, {})).toBe("d");
    expect(exampleFromSchema({ type: "string", const: "e" }, {})).toBe("e");
  });

  it("keeps an explicit null example and an example written next to a $ref", () => {
    expect(exampleFromSchema({ type: ["string", "null"], example: null }, {})).toBeNull();
    expect(exampleFromSchema({ ...ref("Tag"), example: { id: 7 } }, PETSTORE)).toEqual({ id: 7 });
  });

  it("picks realistic strings by format", () => {
    const byFormat = (format: string) => exampleFromSchema({ type: "string", format }, {});
    expect(byFormat("date-time")).toBe("2024-01-15T09:30:00Z");
    expect(byFormat("date")).toBe("2024-01-15");
    expect(byFormat("email")).toBe("user@example.com");
    expect(byFormat("uri")).toBe("https://example.com");
    expect(byFormat("uuid")).toBe("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    expect(byFormat("password")).toBe("string");
    expect(byFormat("constructor")).toBe("string");
  });

  it("uses 0 for numbers unless the bounds exclude it, and true for booleans", () => {
    expect(exampleFromSchema({ type: "integer" }, {})).toBe(0);
    expect(exampleFromSchema({ type: "integer", minimum: 1 }, {})).toBe(1);
    expect(exampleFromSchema({ type: "integer", minimum: 2.5 }, {})).toBe(3);
    expect(exampleFromSchema({ type: "integer", minimum: 0, exclusiveMinimum: true }, {})).toBe(1);
    expect(exampleFromSchema({ type: "integer", exclusiveMinimum: 5 }, {})).toBe(6);
    expect(exampleFromSchema({ type: "number", minimum: 0.5 }, {})).toBe(0.5);
    expect(exampleFromSchema({ type: "number", minimum: -10, maximum: -2 }, {})).toBe(-2);
    expect(exampleFromSchema({ type: "integer", exclusiveMaximum: -3 }, {})).toBe(-4);
    expect(exampleFromSchema({ type: "boolean" }, {})).toBe(true);
  });

  it("takes the first non-null type of a 3.1 type list", () => {
    expect(exampleFromSchema({ type: ["null", "integer"] }, {})).toBe(0);
    expect(exampleFromSchema({ type: ["null"] }, {})).toBeNull();
  });

  it("infers objects and arrays from their keywords when type is missing", () => {
    expect(exampleFromSchema({ properties: { a: { type: "boolean" } } }, {})).toEqual({ a: true });
    expect(exampleFromSchema({ items: { type: "string", format: "date" } }, {})).toEqual(["2024-01-15"]);
    expect(exampleFromSchema({ type: "object", additionalProperties: { type: "integer" } }, {})).toEqual({ additionalProp1: 0 });
  });

  it("merges allOf parts and takes the first oneOf / anyOf variant", () => {
    const schemas = { Base: { type: "object", properties: { id: { type: "integer" } } } };
    const extended = { allOf: [ref("Base"), { type: "object", properties: { name: { type: "string" } } }] };
    expect(exampleFromSchema(extended, schemas)).toEqual({ id: 0, name: "string" });
    expect(exampleFromSchema({ oneOf: [{ type: "string" }, { type: "integer" }] }, {})).toBe("string");
    expect(exampleFromSchema({ anyOf: [ref("Base"), { type: "string" }] }, schemas)).toEqual({ id: 0 });
  });

  it("stops at a component already on the current path", () => {
    const schemas: Record<string, JsonSchema> = {
      Node: {
        type: "object",
        properties: { name: { type: "string" }, parent: ref("Node"), children: { type: "array", items: ref("Node") } },
      },
    };
    expect(exampleFromSchema(ref("Node"), schemas)).toEqual({ name: "string", children: [] });
  });

  it("stops on mutual recursion and on $ref chains that loop", () => {
    const schemas: Record<string, JsonSchema> = {
      Person: { type: "object", properties: { name: { type: "string" }, employer: ref("Company") } },
      Company: { type: "object", properties: { title: { type: "string" }, ceo: ref("Person") } },
      LoopA: ref("LoopB"),
      LoopB: ref("LoopA"),
    };
    expect(exampleFromSchema(ref("Person"), schemas)).toEqual({ name: "string", employer: { title: "string" } });
    expect(exampleFromSchema(ref("LoopA"), schemas)).toBeUndefined();
  });

  it("caps nesting at maxDepth, 6 by default", () => {
    // A fresh object at every level, so only the depth cap can stop it.
    const nested = (levels: number): JsonSchema =>
      levels === 0 ? { type: "string" } : { type: "object", properties: { next: nested(levels - 1) } };
    const depthOf = (value: unknown): number =>
      typeof value === "object" && value !== null && "next" in value ? 1 + depthOf(value.next) : 0;
    expect(depthOf(exampleFromSchema(nested(20), {}))).toBe(6);
    expect(exampleFromSchema(nested(20), {}, { maxDepth: 2 })).toEqual({ next: { next: {} } });
    expect(exampleFromSchema({ type: "array", items: { type: "string" } }, {}, { maxDepth: 0 })).toEqual([]);
  });

  it("never throws on odd input", () => {
    const odd: unknown[] = [
      undefined,
      null,
      42,
      "string",
      [],
      { $ref: 5 },
      { $ref: "#/components/schemas/Missing" },
      { $ref: "https://example.com/remote.json#/Pet" },
      { type: "object", properties: "nope", required: "nope" },
      { type: "array", items: [] },
      { type: "array", items: [{ type: "integer" }] },
      { type: 7, enum: [], examples: {} },
      { allOf: "nope", oneOf: [], anyOf: [null] },
      { type: "integer", minimum: "1", maximum: Number.NaN },
    ];
    for (const schema of odd) {
      expect(() => exampleFromSchema(schema as JsonSchema, {})).not.toThrow();
    }
    expect(exampleFromSchema(undefined, {})).toBeUndefined();
    expect(exampleFromSchema({ $ref: "#/components/schemas/Missing" }, {})).toBeUndefined();
    expect(exampleFromSchema({ type: "array", items: [{ type: "integer" }] }, {})).toEqual([0]);
    expect(exampleFromSchema({ type: "integer", minimum: "1" }, {})).toBe(0);
  });
});

describe("exampleForMedia", () => {
  it("prefers the media type's example, then its first named example, then the schema", () => {
    const schema = ref("Tag");
    expect(exampleForMedia({ schema, example: { id: 1 }, examples: { first: { id: 2 } } }, PETSTORE)).toEqual({ id: 1 });
    expect(exampleForMedia({ schema, examples: { first: { id: 2 }, second: { id: 3 } } }, PETSTORE)).toEqual({ id: 2 });
    expect(exampleForMedia({ schema }, PETSTORE)).toEqual({ id: 0, name: "string" });
  });

  it("returns undefined when there is nothing to go on", () => {
    expect(exampleForMedia(undefined, PETSTORE)).toBeUndefined();
    expect(exampleForMedia({}, PETSTORE)).toBeUndefined();
    expect(exampleForMedia({ examples: {} }, PETSTORE)).toBeUndefined();
  });
});
