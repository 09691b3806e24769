import { describe, expect, it } from "vitest";
import type { JsonSchema } from "@/lib/catalog/types";
import { constraintsOf, exampleOf, formatExample, joinWords, typeLabel, variantLabel } from "./schema-labels";
import { enterSchema, hasStructure, innerSchema, mergeAllOf } from "./schema-structure";

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const schemas: Record<string, JsonSchema> = {
  Pet: { type: "object", required: ["name"], properties: { id: { type: "integer", format: "int64" }, name: { type: "string" } } },
  Status: { type: "string", enum: ["available", "sold"] },
  Node: { type: "object", properties: { value: { type: "string" }, children: { type: "array", items: ref("Node") } } },
  Dog: { allOf: [ref("Pet"), { type: "object", required: ["breed"], properties: { breed: { type: "string" } } }] },
  Loop: { allOf: [ref("Loop"), { properties: { a: { type: "string" } } }] },
};

describe("typeLabel", () => {
  it.each<[string, JsonSchema, string]>([
    ["a primitive", { type: "string" }, "string"],
    ["a format", { type: "integer", format: "int64" }, "integer <int64>"],
    ["a named ref", ref("Pet"), "Pet"],
    ["an array of refs", { type: "array", items: ref("Pet") }, "array of Pet"],
    ["nested arrays", { type: "array", items: { type: "array", items: { type: "number" } } }, "array of array of number"],
    ["a 3.1 type array", { type: ["string", "null"] }, "string | null"],
    ["3.0 nullable", { type: "string", format: "date-time", nullable: true }, "string <date-time> | null"],
    ["a nullable ref (3.1 style)", { oneOf: [ref("Pet"), { type: "null" }] }, "Pet | null"],
    ["an array of a union", { type: "array", items: { type: ["integer", "null"] } }, "array of (integer | null)"],
    ["a map", { type: "object", additionalProperties: { type: "string" } }, "map of string"],
    ["a map of anything", { type: "object", additionalProperties: true }, "map of any"],
    ["an untyped enum", { enum: ["a", "b"] }, "string"],
    ["an inferred object", { properties: { a: {} } }, "object"],
    ["no type at all", {}, "any"],
    ["a oneOf", { oneOf: [ref("Pet"), ref("Node")] }, "Pet | Node"],
    ["a lone allOf wrapper", { allOf: [ref("Pet")], description: "The pet" }, "Pet"],
    ["a multi-part allOf", { allOf: [ref("Pet"), { properties: { x: {} } }] }, "object"],
    ["a remote ref", { $ref: "other.yaml#/Thing" }, "Thing"],
  ])("labels %s", (_, schema, expected) => {
    expect(typeLabel(schema)).toBe(expected);
  });

  it("says what a ref to a primitive schema is, given the components", () => {
    expect(typeLabel(ref("Status"), schemas)).toBe("Status (string)");
    expect(typeLabel(ref("Pet"), schemas)).toBe("Pet");
    expect(typeLabel({ type: "array", items: ref("Status") }, schemas)).toBe("array of Status (string)");
  });

  it("terminates on circular refs", () => {
    expect(typeLabel(ref("Node"), schemas)).toBe("Node");
    expect(typeLabel(ref("Loop"), schemas)).toBe("Loop");
  });
});

describe("constraintsOf", () => {
  it("lists enum values as strings and numbers as JSON", () => {
    expect(constraintsOf({ enum: ["a", 1, null, ""] }).enumValues).toEqual(["a", "1", "null", '""']);
  });

  it("shows an array's item enum when it has none of its own", () => {
    const result = constraintsOf({ type: "array", items: ref("Status") }, schemas);
    expect(result).toMatchObject({ enumLabel: "Allowed item values", enumValues: ["available", "sold"] });
  });

  it("collects defaults and bounds, both 3.0 and 3.1 exclusive styles", () => {
    const facts30 = constraintsOf({ type: "integer", default: 0, minimum: 0, exclusiveMinimum: true, maximum: 10 }).facts;
    expect(facts30).toEqual([
      { label: "Default", value: "0" },
      { label: "Exclusive minimum", value: "0" },
      { label: "Maximum", value: "10" },
    ]);
    const facts31 = constraintsOf({ type: "number", exclusiveMaximum: 5, minLength: 1, pattern: "^a+$", uniqueItems: true }).facts;
    expect(facts31).toEqual([
      { label: "Exclusive maximum", value: "5" },
      { label: "Min length", value: "1" },
      { label: "Pattern", value: "^a+$" },
      { label: "Unique items", value: "yes" },
    ]);
  });

  it("keeps a null default", () => {
    expect(constraintsOf({ type: ["string", "null"], default: null }).facts).toEqual([{ label: "Default", value: "null" }]);
  });
});

describe("examples", () => {
  it("prefers example, then the first of examples", () => {
    expect(exampleOf({ example: 1, examples: [2] })).toBe(1);
    expect(exampleOf({ examples: [2, 3] })).toBe(2);
    expect(exampleOf({})).toBeUndefined();
  });

  it("formats structured examples as indented JSON", () => {
    expect(formatExample("doggie")).toBe("doggie");
    expect(formatExample({ a: 1 })).toBe('{\n  "a": 1\n}');
  });
});

describe("mergeAllOf", () => {
  it("combines properties and required of every part", () => {
    const { schema, combines, refs } = mergeAllOf(schemas.Dog ?? {}, schemas);
    expect(Object.keys(schema.properties as object)).toEqual(["id", "name", "breed"]);
    expect(schema.required).toEqual(["name", "breed"]);
    expect(combines).toEqual(["Pet", "an inline schema"]);
    expect(refs).toEqual(["Pet"]);
  });

  it("lets the wrapper's own keys win", () => {
    const { schema } = mergeAllOf({ allOf: [ref("Pet")], description: "Mine" }, { Pet: { ...schemas.Pet, description: "Theirs" } });
    expect(schema.description).toBe("Mine");
  });

  it("skips a part that includes itself", () => {
    const { schema, combines } = mergeAllOf(schemas.Loop ?? {}, schemas, new Set(["Loop"]));
    expect(combines).toEqual(["Loop", "an inline schema"]);
    expect(Object.keys(schema.properties as object)).toEqual(["a"]);
  });
});

describe("circular reference detection", () => {
  it("flags a ref already on the path, through arrays", () => {
    const node = enterSchema(ref("Node"), schemas, []);
    expect(node).toMatchObject({ circular: false, path: ["Node"] });
    if (node.circular) throw new Error("unreachable");
    const children = (node.schema.properties as Record<string, JsonSchema>).children ?? {};
    const inner = innerSchema(children, schemas);
    expect(inner).toEqual({ schema: ref("Node"), via: "items" });
    expect(enterSchema(inner.schema, schemas, node.path)).toEqual({ circular: true, name: "Node" });
  });

  it("treats a lone allOf wrapper around an ancestor as circular", () => {
    expect(enterSchema({ allOf: [ref("Node")] }, schemas, ["Node"])).toEqual({ circular: true, name: "Node" });
  });

  it("puts merged allOf parts on the path", () => {
    const dog = enterSchema(ref("Dog"), schemas, []);
    expect(dog).toMatchObject({ circular: false, path: ["Dog", "Pet"], combines: ["Pet", "an inline schema"] });
    expect(enterSchema(ref("Pet"), schemas, ["Dog", "Pet"]).circular).toBe(true);
  });

  it("does not flag a sibling use of the same schema", () => {
    expect(enterSchema(ref("Pet"), schemas, ["Order"]).circular).toBe(false);
  });
});

describe("small helpers", () => {
  it("knows what has structure worth expanding", () => {
    expect(hasStructure(schemas.Pet ?? {})).toBe(true);
    expect(hasStructure({ oneOf: [{ type: "string" }] })).toBe(true);
    expect(hasStructure({ type: "string" })).toBe(false);
  });

  it("names variants by ref, title, then position", () => {
    expect(variantLabel(ref("Cat"), 0)).toBe("Cat");
    expect(variantLabel({ title: "By id", type: "object" }, 1)).toBe("By id");
    expect(variantLabel({ type: "string" }, 2)).toBe("Option 3");
  });

  it("joins words in prose", () => {
    expect(joinWords(["A"])).toBe("A");
    expect(joinWords(["A", "B"])).toBe("A and B");
    expect(joinWords(["A", "B", "C"])).toBe("A, B and C");
  });
});
