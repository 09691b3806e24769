import Link from "next/link";
import type { ApiOverview } from "@/lib/catalog/read";
import { Badge } from "../ui/Badge";
import { InlineCode } from "../ui/InlineCode";
import { Markdown } from "../ui/Markdown";
import { Table } from "../ui/Table";
import { docsHref } from "@/lib/links";
import { PageRating } from "../ratings/PageRating";
import { MethodBadge } from "./MethodBadge";
import { groupByTag } from "./group-by-tag";
import { describeScheme } from "./security";
import { VersionStatusBadge } from "./VersionStatusBadge";
import { VersionSwitcher } from "./VersionSwitcher";

function formatDate(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "—";
}

function SectionHeading({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h2 id={id} className="group scroll-mt-24 text-lg font-semibold text-slate-900 dark:text-white">
      <a href={`#${id}`} className="hover:underline">
        {children}
      </a>
    </h2>
  );
}

/** The overview of one version of an API: what it is, where it lives, how to authenticate, what it offers. */
export function ApiOverviewView({ overview }: { overview: ApiOverview }) {
  const { api, version, versions, operations } = overview;
  const tagDescriptions = new Map(version.tags.map((t) => [t.name, t.description]));
  return (
    <article className="space-y-10">
      <header className="space-y-4 border-b border-slate-200 pb-6 dark:border-slate-800">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
          <Link href={docsHref.catalog()} className="hover:underline">
            Docs
          </Link>{" "}
          / <span className="text-slate-900 dark:text-slate-200">{api.name}</span>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{api.name}</h1>
          {api.visibility !== "public" && <Badge tone="warning">{api.visibility === "partner" ? "Partners only" : "Staff only"}</Badge>}
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600 dark:text-slate-400">
          <VersionSwitcher
            current={version.label}
            choices={versions.map((v) => ({ label: v.label, status: v.status, href: docsHref.version(api.slug, v.label), note: `${v.operationCount} operations` }))}
          />
          <VersionStatusBadge status={version.status} />
          <span>{operations.length} operations</span>
          {version.sunsetDate && <span>Sunset {formatDate(version.sunsetDate)}</span>}
          {api.ownerTeam && <span>Owned by {api.ownerTeam}</span>}
          <Link href={`/reports/new?${new URLSearchParams({ api: api.slug, version: version.label })}`} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
            Report an issue
          </Link>
          {versions.length > 1 && (
            <Link href={docsHref.diff(api.slug)} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
              Compare versions
            </Link>
          )}
        </div>
        {(version.status === "deprecated" || version.status === "retired") && (
          <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100">
            Version {version.label} is {version.status}
            {version.sunsetDate ? ` and ${version.status === "retired" ? "stopped working" : "stops working"} on ${formatDate(version.sunsetDate)}` : ""}.
            {versions.find((v) => v.status === "current") && (
              <>
                {" "}
                Move to{" "}
                <Link className="font-semibold underline" href={docsHref.version(api.slug, versions.find((v) => v.status === "current")!.label)}>
                  the current version
                </Link>
                .
              </>
            )}
          </p>
        )}
        <Markdown source="document">{api.description ?? version.description}</Markdown>
      </header>

      <section aria-labelledby="servers" className="space-y-3">
        <SectionHeading id="servers">Base URLs</SectionHeading>
        {version.servers.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">The document names no server; paths are relative to the host that serves the API.</p>
        ) : (
          <ul className="space-y-2">
            {version.servers.map((server) => (
              <li key={server.url} className="flex flex-col gap-1 rounded-lg border border-slate-200 px-4 py-3 sm:flex-row sm:items-center sm:justify-between dark:border-slate-800">
                <code className="break-all font-mono text-sm text-slate-900 dark:text-slate-100">{server.url}</code>
                {server.description && <span className="text-sm text-slate-600 dark:text-slate-400">{server.description}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="authentication" className="space-y-3">
        <SectionHeading id="authentication">Authentication</SectionHeading>
        {Object.keys(version.securitySchemes).length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">This version declares no authentication.</p>
        ) : (
          <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {Object.entries(version.securitySchemes).map(([name, scheme]) => (
              <div key={name} className="grid gap-1 px-4 py-3 sm:grid-cols-3">
                <dt className="font-mono text-sm text-slate-900 dark:text-slate-100">{name}</dt>
                <dd className="text-sm text-slate-700 sm:col-span-2 dark:text-slate-300">
                  <InlineCode text={describeScheme(scheme)} />
                  {scheme.description && <Markdown source="document" className="mt-1">{scheme.description}</Markdown>}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section aria-labelledby="operations" className="space-y-6">
        <SectionHeading id="operations">Operations</SectionHeading>
        {operations.length === 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">This version has no operations (its document defines only webhooks or components).</p>
        )}
        {groupByTag(operations).map((group) => (
          <div key={group.tag} className="space-y-2">
            <h3 id={`tag-${group.tag}`} className="scroll-mt-24 font-semibold text-slate-900 dark:text-white">
              {group.tag}
            </h3>
            {tagDescriptions.get(group.tag) && <Markdown source="document">{tagDescriptions.get(group.tag)}</Markdown>}
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
              {group.operations.map((op) => (
                <li key={op.slug}>
                  <Link href={docsHref.operation(api.slug, version.label, op.slug)} className="flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:gap-3 dark:hover:bg-slate-900">
                    <span className="flex min-w-0 items-center gap-3">
                      <MethodBadge method={op.method} />
                      <code className="break-all font-mono text-sm text-slate-900 dark:text-slate-100">{op.path}</code>
                    </span>
                    <span className="text-sm text-slate-600 sm:ml-auto sm:text-right dark:text-slate-400">
                      {op.summary}
                      {op.deprecated && <span className="ml-2"><Badge tone="warning">deprecated</Badge></span>}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      {versions.length > 1 && (
        <section aria-labelledby="versions" className="space-y-3">
          <SectionHeading id="versions">Versions</SectionHeading>
          <Table headers={["Version", "Status", "Released", "Sunset", "Operations"]}>
                {versions.map((v) => (
                  <tr key={v.label}>
                    <td className="px-4 py-2">
                      <Link href={docsHref.version(api.slug, v.label)} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
                        {v.label}
                      </Link>
                    </td>
                    <td className="px-4 py-2"><VersionStatusBadge status={v.status} /></td>
                    <td className="whitespace-nowrap px-4 py-2 tabular-nums text-slate-600 dark:text-slate-400">{formatDate(v.releaseDate)}</td>
                    <td className="whitespace-nowrap px-4 py-2 tabular-nums text-slate-600 dark:text-slate-400">{formatDate(v.sunsetDate)}</td>
                    <td className="px-4 py-2 tabular-nums text-slate-600 dark:text-slate-400">{v.operationCount}</td>
                  </tr>
                ))}
              </Table>
        </section>
      )}

      {/* Doc-page ratings: about the version shown (the default one at /docs/<api>). */}
      <PageRating api={api.slug} version={version.label} />
    </article>
  );
}
