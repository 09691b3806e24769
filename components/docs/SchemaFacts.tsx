import type { ReactNode } from "react";
import type { JsonSchema } from "@/lib/catalog/types";
import { Badge } from "../ui/Badge";
import { Markdown } from "../ui/Markdown";
import { cn } from "../ui/cn";
import { constraintsOf, exampleOf, formatExample } from "./schema-labels";

/** Small presentational pieces shared by SchemaView and ParametersTable. */

// Short classes from app/globals.css: these pieces repeat hundreds of times on large schemas.
const chipClasses = "schema-chip";

export function TypeLabel({ label }: { label: string }) {
  return <span className="type-label">{label}</span>;
}

export function RequiredMark() {
  return <span className="text-xs font-medium text-red-700 dark:text-red-400">required</span>;
}

export function CircularNote() {
  return <span className="text-xs italic text-slate-600 dark:text-slate-400">(circular reference, shown above)</span>;
}

/** Deprecated / read-only / write-only. `deprecated` lets a parameter flag itself as well as its schema. */
export function SchemaBadges({ schema, deprecated = false }: { schema: JsonSchema; deprecated?: boolean }) {
  return (
    <>
      {(deprecated || schema.deprecated === true) && <Badge tone="warning">deprecated</Badge>}
      {schema.readOnly === true && <Badge>read-only</Badge>}
      {schema.writeOnly === true && <Badge>write-only</Badge>}
    </>
  );
}

/** Descriptions are CommonMark in OpenAPI: rendered by the portal's one sanitizing Markdown renderer. */
export function Description({ text }: { text: unknown }) {
  if (typeof text !== "string" || text.trim() === "") return null;
  return <Markdown source="document" className="schema-desc">{text.trim()}</Markdown>;
}

function Fact({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={cn("flex min-w-0 gap-1.5", wide ? "basis-full flex-col" : "flex-wrap items-baseline")}>
      <dt className="text-slate-600 dark:text-slate-400">{label}:</dt>
      <dd className="min-w-0 max-w-full">{children}</dd>
    </div>
  );
}

/** Enum values, default, bounds, pattern and example of a schema, as a compact definition list. */
export function SchemaFacts({
  schema,
  schemas,
  example = exampleOf(schema),
}: {
  schema: JsonSchema;
  schemas: Record<string, JsonSchema>;
  example?: unknown;
}) {
  const { enumLabel, enumValues, facts } = constraintsOf(schema, schemas);
  const exampleText = example === undefined ? undefined : formatExample(example);
  if (enumValues.length === 0 && facts.length === 0 && exampleText === undefined) return null;
  return (
    <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1.5 text-xs">
      {enumValues.length > 0 && (
        <Fact label={enumLabel}>
          <ul className="inline-flex flex-wrap gap-1">
            {enumValues.map((value, index) => (
              <li key={`${index}-${value}`}>
                <code className={chipClasses}>{value}</code>
              </li>
            ))}
          </ul>
        </Fact>
      )}
      {facts.map((fact) => (
        <Fact key={fact.label} label={fact.label}>
          <code className={chipClasses}>{fact.value}</code>
        </Fact>
      ))}
      {exampleText !== undefined && <Example text={exampleText} />}
    </dl>
  );
}

/** One-line examples sit inline; multi-line JSON gets its own scrollable block so phones do not overflow. */
function Example({ text }: { text: string }) {
  if (!text.includes("\n")) {
    return (
      <Fact label="Example">
        <code className={chipClasses}>{text}</code>
      </Fact>
    );
  }
  return (
    <Fact label="Example" wide>
      {/* Focusable so keyboard users can scroll it (axe: scrollable-region-focusable). */}
      <pre tabIndex={0} className="max-h-64 overflow-auto rounded-lg bg-slate-100 p-3 font-mono text-xs text-slate-800 dark:bg-slate-800 dark:text-slate-200">
        {text}
      </pre>
    </Fact>
  );
}

type DisclosureProps = {
  summary: ReactNode;
  open: boolean;
  /** The summary is a heading of its own (a oneOf variant) rather than a small "Properties" link-like label. */
  plain?: boolean;
  children: ReactNode;
};

/**
 * A native <details>, so it works without JavaScript. The chevron turns via a direct-child selector rather than
 * `group-open:`, which would also match an open ancestor and turn the chevrons of closed nested ones.
 */
export function Disclosure({ summary, open, plain = false, children }: DisclosureProps) {
  return (
    <details open={open} className="mt-2 first:mt-0 [&[open]>summary>svg]:rotate-90">
      <summary
        className={
          plain
            ? "flex cursor-pointer list-none flex-wrap items-baseline gap-x-2 gap-y-1 rounded [&::-webkit-details-marker]:hidden"
            : "inline-flex cursor-pointer list-none items-center gap-1 rounded text-xs font-medium text-brand-700 hover:text-brand-900 dark:text-brand-300 dark:hover:text-brand-100 [&::-webkit-details-marker]:hidden"
        }
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          fill="currentColor"
          className={cn("h-3.5 w-3.5 shrink-0 self-center motion-safe:transition-transform", plain && "text-slate-500 dark:text-slate-400")}
        >
          <path d="M7.2 5.2a.75.75 0 0 1 1.06 0l4.27 4.27a.75.75 0 0 1 0 1.06L8.26 14.8a.75.75 0 1 1-1.06-1.06L10.94 10 7.2 6.26a.75.75 0 0 1 0-1.06Z" />
        </svg>
        {summary}
      </summary>
      <div className="ml-1.5 mt-1 border-l border-slate-200 pl-3 dark:border-slate-700 sm:pl-4">{children}</div>
    </details>
  );
}
