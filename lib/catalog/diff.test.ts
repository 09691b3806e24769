import { describe, expect, it } from "vitest";
import { DIFF_RULES, diffDocuments, type Change, type ChangeSeverity, type DiffRuleId } from "./diff";
import type {
  JsonSchema,
  NormalizedDocument,
  NormalizedOperation,
  NormalizedParameter,
  NormalizedResponse,
} from "./types";

// ── Builders ─────────────────────────────────────────────────────────────────

function doc(operations: NormalizedOperation[], schemas: Record<string, JsonSchema> = {}): NormalizedDocument {
  return {
    format: "openapi-3.1",
    title: "Pets",
    version: "1",
    servers: [],
    securitySchemes: {},
    tags: [],
    components: { schemas },
    operations,
    webhookCount: 0,
    warnings: [],
  };
}

function op(overrides: Partial<NormalizedOperation> = {}): NormalizedOperation {
  return {
    slug: "create-pet",
    method: "post",
    path: "/pets",
    summary: "Create a pet",
    tags: [],
    deprecated: false,
    security: [],
    parameters: [],
    requestBody: null,
    responses: [],
    ...overrides,
  };
}

const param = (name: string, overrides: Partial<NormalizedParameter> = {}): NormalizedParameter => ({
  name,
  in: "query",
  required: false,
  schema: { type: "string" },
  ...overrides,
});
const json = (schema: JsonSchema) => ({ "application/json": { schema } });
const body = (schema: JsonSchema, required = true) => ({ required, content: json(schema) });
const response = (status: string, schema: JsonSchema = { type: "object" }): NormalizedResponse => ({
  status,
  content: json(schema),
});
const object = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
  type: "object",
  properties,
  required,
});
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** Rules seen across the whole file, checked against DIFF_RULES at the end. */
const exercised = new Set<string>();

/** The changes found on the one operation present in both versions. */
function changesBetween(
  before: Partial<NormalizedOperation>,
  after: Partial<NormalizedOperation>,
  schemas: { from?: Record<string, JsonSchema>; to?: Record<string, JsonSchema> } = {},
): Change[] {
  const diff = diffDocuments(doc([op(before)], schemas.from), doc([op(after)], schemas.to));
  const changes = diff.changed[0]?.changes ?? [];
  for (const c of changes) exercised.add(c.rule);
  return changes;
}

const requestChanges = (from: JsonSchema, to: JsonSchema) =>
  changesBetween({ requestBody: body(from) }, { requestBody: body(to) });
const responseChanges = (from: JsonSchema, to: JsonSchema) =>
  changesBetween({ responses: [response("200", from)] }, { responses: [response("200", to)] });

type Expected = { rule: DiffRuleId; severity: ChangeSeverity; names: string; location?: string };

/** Asserts exactly one change, with this rule and severity, whose message names `names`. */
function expectOne(changes: Change[], { rule, severity, names, location }: Expected) {
  expect(changes.map((c) => c.rule)).toEqual([rule]);
  const [found] = changes;
  expect(found?.severity).toBe(severity);
  expect(found?.message).toContain(names);
  if (location !== undefined) expect(found?.location).toBe(location);
}

const BREAKING = "breaking";
const SAFE = "non-breaking";

// ── Operations ───────────────────────────────────────────────────────────────

describe("diffDocuments: operations", () => {
  it("finds nothing between identical documents", () => {
    const operation = op({
      parameters: [param("limit")],
      requestBody: body(object({ name: { type: "string" } }, ["name"])),
      responses: [response("200")],
    });
    const diff = diffDocuments(doc([operation]), doc([structuredClone(operation)]));
    expect(diff).toEqual({ added: [], removed: [], changed: [], summary: { breaking: 0, nonBreaking: 0 } });
  });

  it("lists added and removed operations", () => {
    const list = op({ slug: "list-pets", method: "get", summary: "List pets" });
    const remove = op({ slug: "delete-pet", method: "delete", path: "/pets/{id}", summary: undefined });
    const diff = diffDocuments(doc([list, remove]), doc([list, op()]));
    expect(diff.added).toEqual([{ method: "post", path: "/pets", slug: "create-pet", summary: "Create a pet" }]);
    expect(diff.removed).toEqual([{ method: "delete", path: "/pets/{id}", slug: "delete-pet" }]);
    expect(diff.summary).toEqual({ breaking: 1, nonBreaking: 1 });
    exercised.add("operation-added").add("operation-removed");
    expect(DIFF_RULES["operation-removed"].severity).toBe(BREAKING);
    expect(DIFF_RULES["operation-added"].severity).toBe(SAFE);
  });

  it("matches /pets/{id} with /pets/{petId} and pairs the renamed path parameter", () => {
    const get = (name: string) =>
      op({ method: "get", path: `/pets/{${name}}`, parameters: [param(name, { in: "path", required: true })] });
    const diff = diffDocuments(doc([get("id")]), doc([get("petId")]));
    expect(diff).toMatchObject({ added: [], removed: [], changed: [] });
  });

  it("reports an operation newly deprecated", () => {
    expectOne(changesBetween({}, { deprecated: true }), {
      rule: "operation-deprecated",
      severity: SAFE,
      names: "POST /pets",
    });
  });

  it("counts breaking and non-breaking changes in the summary", () => {
    const diff = diffDocuments(
      doc([op({ parameters: [param("a")] }), op({ method: "get", slug: "list" })]),
      doc([
        op({ parameters: [param("a", { required: true }), param("b")], deprecated: true }),
        op({ method: "put", slug: "replace" }),
      ]),
    );
    // breaking: GET removed + `a` became required; non-breaking: PUT added + `b` added + deprecated
    expect(diff.summary).toEqual({ breaking: 2, nonBreaking: 3 });
    expect(diff.changed).toHaveLength(1);
  });
});

// ── Parameters ───────────────────────────────────────────────────────────────

describe("diffDocuments: parameters", () => {
  const withParam = (name: string, overrides: Partial<NormalizedParameter> = {}) => ({
    parameters: [param(name, overrides)],
  });
  const withType = (type: string, extra: JsonSchema = {}) => withParam("limit", { schema: { type, ...extra } });

  it("flags a new required parameter as breaking and an optional one as not", () => {
    expectOne(changesBetween({}, withParam("limit", { required: true })), {
      rule: "parameter-added-required",
      severity: BREAKING,
      names: "`limit`",
      location: "query.limit",
    });
    expectOne(changesBetween({}, withParam("limit")), {
      rule: "parameter-added-optional",
      severity: SAFE,
      names: "`limit`",
    });
  });

  it("flags a removed parameter", () => {
    expectOne(changesBetween(withParam("X-Trace", { in: "header" }), {}), {
      rule: "parameter-removed",
      severity: BREAKING,
      names: "`X-Trace`",
      location: "header.X-Trace",
    });
  });

  it("matches header names case-insensitively", () => {
    expect(changesBetween(withParam("X-Trace", { in: "header" }), withParam("x-trace", { in: "header" }))).toEqual([]);
  });

  it("flags a parameter becoming required or optional", () => {
    expectOne(changesBetween(withParam("limit"), withParam("limit", { required: true })), {
      rule: "parameter-became-required",
      severity: BREAKING,
      names: "Query parameter `limit` is now required.",
    });
    expectOne(changesBetween(withParam("limit", { required: true }), withParam("limit")), {
      rule: "parameter-became-optional",
      severity: SAFE,
      names: "`limit`",
    });
  });

  it("flags an incompatible parameter type change", () => {
    const changes = changesBetween(withType("integer"), withType("string"));
    expectOne(changes, {
      rule: "parameter-type-changed",
      severity: BREAKING,
      names: "`limit`",
      location: "query.limit",
    });
    expect(changes[0]?.message).toContain("`integer` to `string`");
  });

  it("treats number → integer as narrowing and integer → number as relaxing", () => {
    const narrowed = changesBetween(withType("number"), withType("integer"));
    expectOne(narrowed, { rule: "type-narrowed", severity: BREAKING, names: "`limit`" });
    expectOne(changesBetween(withType("integer"), withType("number")), {
      rule: "type-relaxed",
      severity: SAFE,
      names: "`limit`",
    });
  });

  it("treats a smaller or new bound as narrowing, and a looser one as nothing", () => {
    const smaller = changesBetween(withType("integer", { maximum: 100 }), withType("integer", { maximum: 50 }));
    expectOne(smaller, { rule: "type-narrowed", severity: BREAKING, names: "`limit`" });
    expect(smaller[0]?.message).toContain("`maximum`: 50 (was 100)");
    const newBound = changesBetween(withType("string"), withType("string", { maxLength: 10 }));
    expectOne(newBound, { rule: "type-narrowed", severity: BREAKING, names: "`maxLength`" });
    expect(changesBetween(withType("integer", { maximum: 50 }), withType("integer", { maximum: 100 }))).toEqual([]);
  });
});

// ── Request bodies ───────────────────────────────────────────────────────────

describe("diffDocuments: request bodies", () => {
  const pet = object({ name: { type: "string" } });
  const requiredName = object({ name: { type: "string" } }, ["name"]);

  it("flags a body added as required (breaking) or optional (not)", () => {
    expectOne(changesBetween({}, { requestBody: body(pet, true) }), {
      rule: "request-body-added-required",
      severity: BREAKING,
      names: "request body",
    });
    expectOne(changesBetween({}, { requestBody: body(pet, false) }), {
      rule: "request-body-added-optional",
      severity: SAFE,
      names: "request body",
    });
  });

  it("flags a body becoming required, or removed", () => {
    expectOne(changesBetween({ requestBody: body(pet, false) }, { requestBody: body(pet, true) }), {
      rule: "request-body-became-required",
      severity: BREAKING,
      names: "request body",
    });
    expectOne(changesBetween({ requestBody: body(pet) }, {}), {
      rule: "request-body-removed",
      severity: BREAKING,
      names: "request body",
    });
  });

  it("flags media types removed and added", () => {
    const xml = { required: true, content: { "application/xml": { schema: pet } } };
    const changes = changesBetween({ requestBody: body(pet) }, { requestBody: xml });
    expect(changes.map((c) => [c.rule, c.severity])).toEqual([
      ["request-media-type-removed", BREAKING],
      ["request-media-type-added", SAFE],
    ]);
    expect(changes[0]?.message).toContain("`application/json`");
    expect(changes[1]?.message).toContain("`application/xml`");
  });

  it("flags request fields added as required or optional", () => {
    expectOne(requestChanges(object({}), requiredName), {
      rule: "request-field-added-required",
      severity: BREAKING,
      names: "`name`",
      location: "request body (application/json) › name",
    });
    expectOne(requestChanges(object({}), pet), {
      rule: "request-field-added-optional",
      severity: SAFE,
      names: "`name`",
    });
  });

  it("tolerates a removed request field, and flags one that became required", () => {
    expectOne(requestChanges(pet, object({})), { rule: "request-field-removed", severity: SAFE, names: "`name`" });
    expect(DIFF_RULES["request-field-removed"].description).toMatch(/old clients/);
    expectOne(requestChanges(pet, requiredName), {
      rule: "request-field-became-required",
      severity: BREAKING,
      names: "`name`",
    });
  });

  it("flags a nested request field type change with its path", () => {
    const wrap = (type: string) => object({ pet: object({ name: { type } }) });
    expectOne(requestChanges(wrap("string"), wrap("boolean")), {
      rule: "request-field-type-changed",
      severity: BREAKING,
      names: "`pet.name`",
      location: "request body (application/json) › pet.name",
    });
  });

  it("ignores readOnly fields, which clients never send", () => {
    expect(requestChanges(object({}), object({ id: { type: "string", readOnly: true } }, ["id"]))).toEqual([]);
  });

  it("classifies enum values in a request", () => {
    const status = (values: string[]) => object({ status: { type: "string", enum: values } });
    const removed = requestChanges(status(["a", "b"]), status(["a"]));
    expectOne(removed, { rule: "request-enum-value-removed", severity: BREAKING, names: "`status`" });
    expect(removed[0]?.message).toContain("`b`");
    expectOne(requestChanges(status(["a"]), status(["a", "c"])), {
      rule: "request-enum-value-added",
      severity: SAFE,
      names: "`c`",
    });
    const introduced = requestChanges(object({ status: { type: "string" } }), status(["a"]));
    expectOne(introduced, { rule: "type-narrowed", severity: BREAKING, names: "`status`" });
  });

  it("merges allOf parts, following refs", () => {
    const schema = { allOf: [ref("Base"), pet] };
    const changes = changesBetween(
      { requestBody: body(schema) },
      { requestBody: body(schema) },
      {
        from: { Base: object({ id: { type: "string" } }) },
        to: { Base: object({ id: { type: "string" }, owner: { type: "string" } }, ["owner"]) },
      },
    );
    expectOne(changes, { rule: "request-field-added-required", severity: BREAKING, names: "`owner`" });
  });

  it("compares oneOf variants by label only: dropping one narrows a request", () => {
    const variants = (...types: string[]) => object({ id: { oneOf: types.map((type) => ({ type })) } });
    const dropped = requestChanges(variants("string", "integer"), variants("string"));
    expectOne(dropped, { rule: "type-narrowed", severity: BREAKING, names: "`oneOf`" });
    const added = requestChanges(variants("string"), variants("string", "integer"));
    expectOne(added, { rule: "type-relaxed", severity: SAFE, names: "`id`" });
  });
});

// ── Responses ────────────────────────────────────────────────────────────────

describe("diffDocuments: responses", () => {
  it("flags response codes removed and added", () => {
    const ok = { responses: [response("200")] };
    expectOne(changesBetween({ responses: [response("200"), response("404")] }, ok), {
      rule: "response-code-removed",
      severity: BREAKING,
      names: "404",
    });
    expectOne(changesBetween(ok, { responses: [response("200"), response("429")] }), {
      rule: "response-code-added",
      severity: SAFE,
      names: "429",
    });
  });

  it("flags response media types removed and added", () => {
    const csv = { status: "200", content: { "text/csv": { schema: { type: "string" } } } };
    const changes = changesBetween({ responses: [response("200")] }, { responses: [csv] });
    expect(changes.map((c) => [c.rule, c.severity])).toEqual([
      ["response-media-type-removed", BREAKING],
      ["response-media-type-added", SAFE],
    ]);
    expect(changes[1]?.message).toContain("`text/csv`");
  });

  it("flags response fields removed (breaking) and added (not), with array paths", () => {
    const list = (properties: Record<string, JsonSchema>) =>
      object({ items: { type: "array", items: object(properties) } });
    const id = { id: { type: "string" } };
    expectOne(responseChanges(list(id), list({})), {
      rule: "response-field-removed",
      severity: BREAKING,
      names: "`items[].id`",
      location: "response 200 (application/json) › items[].id",
    });
    expectOne(responseChanges(list({}), list(id)), {
      rule: "response-field-added",
      severity: SAFE,
      names: "`items[].id`",
    });
  });

  it("flags a response field that is no longer always present", () => {
    const changes = responseChanges(object({ id: { type: "string" } }, ["id"]), object({ id: { type: "string" } }));
    expectOne(changes, { rule: "response-field-became-optional", severity: BREAKING, names: "`id`" });
  });

  it("flags response type changes, including newly nullable, but not narrowing", () => {
    const age = (schema: JsonSchema) => object({ age: schema });
    expectOne(responseChanges(age({ type: "integer" }), age({ type: "string" })), {
      rule: "response-field-type-changed",
      severity: BREAKING,
      names: "`age`",
    });
    expectOne(responseChanges(age({ type: "integer" }), age({ type: "integer", nullable: true })), {
      rule: "response-field-type-changed",
      severity: BREAKING,
      names: "`integer | null`",
    });
    expectOne(responseChanges(age({ type: "number" }), age({ type: "integer" })), {
      rule: "type-relaxed",
      severity: SAFE,
      names: "`age`",
    });
  });

  it("classifies enum values in a response", () => {
    const status = (values: string[]) => object({ status: { type: "string", enum: values } });
    expectOne(responseChanges(status(["a"]), status(["a", "b"])), {
      rule: "response-enum-value-added",
      severity: BREAKING,
      names: "`b`",
    });
    expectOne(responseChanges(status(["a", "b"]), status(["a"])), {
      rule: "response-enum-value-removed",
      severity: SAFE,
      names: "`b`",
    });
  });

  it("flags a oneOf variant added to a response", () => {
    const changes = changesBetween(
      { responses: [response("200", { oneOf: [ref("Cat")] })] },
      { responses: [response("200", { oneOf: [ref("Cat"), ref("Dog")] })] },
      { from: { Cat: object({}) }, to: { Cat: object({}), Dog: object({}) } },
    );
    expectOne(changes, {
      rule: "response-field-type-changed",
      severity: BREAKING,
      names: "`Cat | Dog`",
      location: "response 200 (application/json)",
    });
  });
});

// ── Refs and recursion ───────────────────────────────────────────────────────

describe("diffDocuments: refs", () => {
  const node = (extra: Record<string, JsonSchema> = {}) =>
    object({ name: { type: "string" }, children: { type: "array", items: ref("Node") }, ...extra });
  const tree = (schemas: Record<string, JsonSchema>) =>
    doc([op({ responses: [response("200", ref("Node"))] })], schemas);

  it("terminates on a circular schema and reports a change once", () => {
    expect(diffDocuments(tree({ Node: node() }), tree({ Node: node() })).changed).toEqual([]);
    const diff = diffDocuments(tree({ Node: node({ id: { type: "string" } }) }), tree({ Node: node() }));
    expect(diff.changed[0]?.changes.map((c) => c.location)).toEqual(["response 200 (application/json) › id"]);
  });

  it("follows refs to differently named components", () => {
    const changes = changesBetween(
      { requestBody: body(ref("PetV1")) },
      { requestBody: body(ref("PetV2")) },
      { from: { PetV1: object({ name: { type: "string" } }) }, to: { PetV2: object({ name: { type: "integer" } }) } },
    );
    expectOne(changes, { rule: "request-field-type-changed", severity: BREAKING, names: "`name`" });
  });
});

describe("DIFF_RULES", () => {
  it("gives every rule a reason, and every rule is exercised above", () => {
    for (const rule of Object.values(DIFF_RULES)) expect(rule.description.length).toBeGreaterThan(10);
    expect([...exercised].sort()).toEqual(Object.keys(DIFF_RULES).sort());
  });
});
