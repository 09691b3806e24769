/*
 * An OpenAPI schema as a nested property tree. A server component: nesting uses <details>, so it works without
 * JavaScript. `defaultOpenDepth` is how many nested levels start open (0: only the top level's own properties show).
 */
import { refName } from "@/lib/catalog/schema-refs";
import type { JsonSchema } from "@/lib/catalog/types";
import { CircularNote, Description, Disclosure, RequiredMark, SchemaBadges, SchemaFacts, TypeLabel } from "./SchemaFacts";
import { MAX_DEPTH, asSchema, isArraySchema, joinWords, mapValues, schemaList, typeLabel, variantLabel } from "./schema-labels";
import { enterSchema, hasStructure, innerSchema, propertiesOf, type EnteredSchema, type InnerSchema } from "./schema-structure";

type Context = { schemas: Record<string, JsonSchema>; openDepth: number };
type Entered = Extract<EnteredSchema, { circular: false }>;
type Props = { schema: JsonSchema | undefined; schemas: Record<string, JsonSchema>; defaultOpenDepth?: number };

/** The schema with a summary line (name or type, description, facts) above its properties. Renders nothing without a schema. */
export function SchemaView({ schema, schemas, defaultOpenDepth = 1 }: Props) {
  if (!schema) return null;
  const entered = enterSchema(schema, schemas, []);
  if (entered.circular) return null; // cannot happen on an empty path; narrows the type
  const name = refName(schema);
  const label = typeLabel(entered.schema, schemas);
  return (
    <div className="min-w-0 text-sm">
      <div className="schema-head">
        {name && <span className="schema-name">{name}</span>}
        {(!name || (label !== "object" && label !== name)) && <TypeLabel label={label} />}
        <SchemaBadges schema={entered.schema} />
      </div>
      <Description text={entered.schema.description} />
      <SchemaFacts schema={entered.schema} schemas={schemas} />
      <SchemaBody entered={entered} level={0} ctx={{ schemas, openDepth: defaultOpenDepth }} />
    </div>
  );
}

/** Only the tree below a schema (properties, items, variants), for callers that already show its type and description. */
export function SchemaTree({ schema, schemas, defaultOpenDepth = 1 }: Props) {
  const entered = schema ? enterSchema(schema, schemas, []) : undefined;
  if (!entered || entered.circular) return null;
  return (
    <div className="min-w-0 text-sm">
      <SchemaBody entered={entered} level={0} ctx={{ schemas, openDepth: defaultOpenDepth }} />
    </div>
  );
}

function SchemaBody({ entered, level, ctx }: { entered: Entered; level: number; ctx: Context }) {
  if (level >= MAX_DEPTH) {
    return <p className="mt-2 text-xs italic text-slate-600 dark:text-slate-400">Nested too deeply to show here.</p>;
  }
  const { schema, path, combines } = entered;
  const contained = isArraySchema(schema) ? asSchema(schema.items) : mapValues(schema);
  const variantKind = schemaList(schema.oneOf).length > 0 ? "oneOf" : schemaList(schema.anyOf).length > 0 ? "anyOf" : null;
  return (
    <>
      {combines.length > 1 && (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">Combines {joinWords(combines)}.</p>
      )}
      {contained && <ContainedSchema schema={contained} path={path} level={level} ctx={ctx} />}
      <PropertyList schema={schema} path={path} level={level} ctx={ctx} />
      {variantKind && <VariantList kind={variantKind} schema={schema} path={path} level={level} ctx={ctx} />}
    </>
  );
}

/** Items of an array (or values of a map) shown where the array itself is the thing being shown: the top level, a variant. */
function ContainedSchema({ schema, path, level, ctx }: { schema: JsonSchema; path: readonly string[]; level: number; ctx: Context }) {
  const entered = enterSchema(schema, ctx.schemas, path);
  if (entered.circular) {
    return (
      <p className="mt-2 flex flex-wrap items-baseline gap-x-2 text-xs text-slate-700 dark:text-slate-300">
        Contains <TypeLabel label={entered.name} /> <CircularNote />
      </p>
    );
  }
  return <SchemaBody entered={entered} level={level} ctx={ctx} />;
}

type ListProps = { schema: JsonSchema; path: readonly string[]; level: number; ctx: Context };

function PropertyList({ schema, path, level, ctx }: ListProps) {
  const properties = propertiesOf(schema);
  // A map with named properties too: the extra keys get a row of their own.
  const extra = schema.additionalProperties === true ? {} : asSchema(schema.additionalProperties);
  if (properties.length === 0) return null;
  return (
    <ul className="mt-2 divide-y divide-slate-200 border-t border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {properties.map((property) => (
        <PropertyRow key={property.name} {...property} path={path} level={level} ctx={ctx} />
      ))}
      {extra && <PropertyRow name="" additional schema={extra} required={false} path={path} level={level} ctx={ctx} />}
    </ul>
  );
}

type RowProps = {
  name: string;
  additional?: boolean;
  schema: JsonSchema;
  required: boolean;
  path: readonly string[];
  level: number;
  ctx: Context;
};

function PropertyRow({ name, additional = false, schema, required, path, level, ctx }: RowProps) {
  const shown = displayed(schema, ctx);
  const inner = innerSchema(schema, ctx.schemas);
  const target = enterSchema(inner.schema, ctx.schemas, path);
  return (
    <li className="schema-row">
      <div className="schema-head">
        {additional ? (
          <span className="italic text-slate-700 dark:text-slate-300">additional properties</span>
        ) : (
          <code className="schema-name">{name}</code>
        )}
        <TypeLabel label={typeLabel(schema, ctx.schemas)} />
        {required && <RequiredMark />}
        <SchemaBadges schema={shown} />
        {target.circular && <CircularNote />}
      </div>
      <Description text={shown.description} />
      <SchemaFacts schema={shown} schemas={ctx.schemas} />
      {!target.circular && hasStructure(target.schema) && (
        <Disclosure summary={nestedSummary(target.schema, inner.via)} open={level + 1 <= ctx.openDepth}>
          <SchemaBody entered={target} level={level + 1} ctx={ctx} />
        </Disclosure>
      )}
    </li>
  );
}

function VariantList({ kind, schema, path, level, ctx }: ListProps & { kind: "oneOf" | "anyOf" }) {
  const discriminator = asSchema(schema.discriminator)?.propertyName;
  return (
    <div className="mt-3">
      <p className="text-xs font-semibold text-slate-700 dark:text-slate-300">{kind === "oneOf" ? "One of:" : "Any of:"}</p>
      {typeof discriminator === "string" && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Chosen by the <code className="font-mono">{discriminator}</code> property.
        </p>
      )}
      <ul className="mt-2 space-y-2">
        {schemaList(schema[kind]).map((variant, index) => (
          <VariantItem key={index} variant={variant} index={index} path={path} level={level} ctx={ctx} />
        ))}
      </ul>
    </div>
  );
}

type VariantProps = { variant: JsonSchema; index: number; path: readonly string[]; level: number; ctx: Context };

function VariantItem({ variant, index, path, level, ctx }: VariantProps) {
  const label = variantLabel(variant, index);
  const type = typeLabel(variant, ctx.schemas);
  const shown = displayed(variant, ctx);
  const inner = innerSchema(variant, ctx.schemas);
  const target = enterSchema(inner.schema, ctx.schemas, path);
  const heading = (
    <>
      <span className="font-medium text-slate-900 dark:text-slate-100">{label}</span>
      {type !== label && <TypeLabel label={type} />}
      <SchemaBadges schema={shown} />
    </>
  );
  const details = (
    <>
      <Description text={shown.description} />
      <SchemaFacts schema={shown} schemas={ctx.schemas} />
    </>
  );
  if (target.circular || !hasStructure(target.schema)) {
    return (
      <li className="min-w-0 rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-800">
        <div className="schema-head">
          {heading}
          {target.circular && <CircularNote />}
        </div>
        {details}
      </li>
    );
  }
  return (
    <li className="min-w-0 rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-800">
      <Disclosure summary={heading} open={level + 1 <= ctx.openDepth} plain>
        {details}
        <SchemaBody entered={target} level={level + 1} ctx={ctx} />
      </Disclosure>
    </li>
  );
}

/** What a row describes itself with: the schema resolved and merged, so a ref's description and enum show. */
function displayed(schema: JsonSchema, ctx: Context): JsonSchema {
  const entered = enterSchema(schema, ctx.schemas, []);
  return entered.circular ? schema : entered.schema;
}

function nestedSummary(schema: JsonSchema, via: InnerSchema["via"]): string {
  const count = propertiesOf(schema).length;
  const noun = count > 0 ? `properties (${count})` : "variants";
  const text = via === "items" ? `Item ${noun}` : via === "values" ? `Value ${noun}` : noun;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
