import Link from "next/link";
import { DIFF_RULES, type Change, type OperationRef, type VersionDiff } from "@/lib/catalog/diff";
import { Badge } from "../ui/Badge";
import { EmptyState } from "../ui/EmptyState";
import { InlineCode } from "../ui/InlineCode";
import { docsHref } from "@/lib/links";
import { MethodBadge } from "./MethodBadge";

type Diff = VersionDiff & { api: string; from: string; to: string };

function OperationLine({ op, href }: { op: OperationRef; href?: string }) {
  const body = (
    <span className="flex min-w-0 flex-wrap items-center gap-2">
      <MethodBadge method={op.method} />
      <code className="break-all font-mono text-sm text-slate-900 dark:text-slate-100">{op.path}</code>
      {op.summary && <span className="text-sm text-slate-600 dark:text-slate-400">{op.summary}</span>}
    </span>
  );
  return href ? <Link href={href} className="hover:underline">{body}</Link> : body;
}

function ChangeItem({ change }: { change: Change }) {
  return (
    <li className="flex flex-col gap-1 py-2 sm:flex-row sm:items-start sm:gap-3">
      <span className="shrink-0">
        <Badge tone={change.severity === "breaking" ? "danger" : "neutral"}>{change.severity}</Badge>
      </span>
      <span className="min-w-0 text-sm">
        <span className="text-slate-900 dark:text-slate-100"><InlineCode text={change.message} /></span>
        <span className="block text-xs text-slate-600 dark:text-slate-400">
          Rule <code className="font-mono">{change.rule}</code>: {DIFF_RULES[change.rule].description}
        </span>
      </span>
    </li>
  );
}

/** The result of comparing two versions: breaking changes first, each with the rule that classified it. */
export function DiffReport({ diff }: { diff: Diff }) {
  const nothing = diff.added.length + diff.removed.length + diff.changed.length === 0;
  if (nothing) return <EmptyState title="No differences">Versions {diff.from} and {diff.to} describe the same operations.</EmptyState>;
  return (
    <div className="space-y-8">
      <p className="flex flex-wrap gap-3 text-sm">
        <Badge tone="danger">{diff.summary.breaking} breaking</Badge>
        <Badge>{diff.summary.nonBreaking} non-breaking</Badge>
        <span className="text-slate-600 dark:text-slate-400">
          {diff.added.length} added · {diff.removed.length} removed · {diff.changed.length} changed operations, from {diff.from} to {diff.to}
        </span>
      </p>
      {diff.removed.length > 0 && (
        <section aria-labelledby="removed" className="space-y-2">
          <h2 id="removed" className="text-lg font-semibold text-slate-900 dark:text-white">Removed operations</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">Breaking: {DIFF_RULES["operation-removed"].description}</p>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 px-4 dark:divide-slate-800 dark:border-slate-800">
            {diff.removed.map((op) => (
              <li key={op.slug} className="py-2"><OperationLine op={op} href={docsHref.operation(diff.api, diff.from, op.slug)} /></li>
            ))}
          </ul>
        </section>
      )}
      {diff.changed.length > 0 && (
        <section aria-labelledby="changed" className="space-y-3">
          <h2 id="changed" className="text-lg font-semibold text-slate-900 dark:text-white">Changed operations</h2>
          {diff.changed.map((entry) => (
            <div key={entry.to.slug} className="rounded-lg border border-slate-200 px-4 py-3 dark:border-slate-800">
              <OperationLine op={entry.to} href={docsHref.operation(diff.api, diff.to, entry.to.slug)} />
              <ul className="mt-2 divide-y divide-slate-100 dark:divide-slate-800">
                {[...entry.changes].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "breaking" ? -1 : 1)).map((change, i) => (
                  <ChangeItem key={i} change={change} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {diff.added.length > 0 && (
        <section aria-labelledby="added" className="space-y-2">
          <h2 id="added" className="text-lg font-semibold text-slate-900 dark:text-white">Added operations</h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 px-4 dark:divide-slate-800 dark:border-slate-800">
            {diff.added.map((op) => (
              <li key={op.slug} className="py-2"><OperationLine op={op} href={docsHref.operation(diff.api, diff.to, op.slug)} /></li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
