import type { JsonSchema, NormalizedParameter, ParameterLocation } from "@/lib/catalog/types";
import { Description, Disclosure, RequiredMark, SchemaBadges, SchemaFacts, TypeLabel } from "./SchemaFacts";
import { SchemaTree } from "./SchemaView";
import { exampleOf, typeLabel } from "./schema-labels";
import { enterSchema, hasStructure } from "./schema-structure";

/** The order readers meet parameters in a URL and request: path first, cookies last. */
const GROUPS: { location: ParameterLocation; title: string }[] = [
  { location: "path", title: "Path parameters" },
  { location: "query", title: "Query parameters" },
  { location: "header", title: "Header parameters" },
  { location: "cookie", title: "Cookie parameters" },
];

type Props = {
  parameters: NormalizedParameter[];
  schemas: Record<string, JsonSchema>;
  /** Level of each group's heading; 3 fits under an operation page's "Parameters" <h2>. */
  headingLevel?: 2 | 3 | 4;
};

/**
 * An operation's parameters, grouped by location. Each parameter is a list item laid out as two columns from
 * the `sm` breakpoint and stacked below it, so nothing scrolls sideways on phones. Renders nothing when empty.
 */
export function ParametersTable({ parameters, schemas, headingLevel = 3 }: Props) {
  const groups = GROUPS.map((group) => ({ ...group, items: parameters.filter((p) => p.in === group.location) })).filter(
    (group) => group.items.length > 0,
  );
  if (groups.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <section key={group.location}>
          <Heading className="text-sm font-semibold text-slate-900 dark:text-white">{group.title}</Heading>
          <ul className="mt-2 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white text-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {group.items.map((parameter) => (
              <ParameterRow key={parameter.name} parameter={parameter} schemas={schemas} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ParameterRow({ parameter, schemas }: { parameter: NormalizedParameter; schemas: Record<string, JsonSchema> }) {
  const entered = enterSchema(parameter.schema, schemas, []);
  const schema = entered.circular ? {} : entered.schema;
  return (
    // A stable anchor per parameter, for deep links such as #param-query-limit.
    <li
      id={`param-${parameter.in}-${parameter.name}`}
      className="grid min-w-0 scroll-mt-24 gap-x-6 gap-y-1 px-4 py-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]"
    >
      <div className="flex min-w-0 flex-wrap items-baseline gap-x-2 gap-y-1 sm:flex-col sm:items-start">
        <code className="schema-name">{parameter.name}</code>
        <TypeLabel label={typeLabel(parameter.schema, schemas)} />
        {parameter.required && <RequiredMark />}
        <SchemaBadges schema={schema} deprecated={parameter.deprecated} />
      </div>
      <div className="min-w-0 [&>:first-child]:mt-0">
        {/* The parameter's own description is specific to this use; the schema's is the fallback. */}
        <Description text={parameter.description ?? schema.description} />
        <SchemaFacts schema={schema} schemas={schemas} example={parameter.example ?? exampleOf(schema)} />
        {!entered.circular && hasStructure(schema) && (
          <Disclosure summary="Properties" open={false}>
            <SchemaTree schema={parameter.schema} schemas={schemas} defaultOpenDepth={0} />
          </Disclosure>
        )}
      </div>
    </li>
  );
}
