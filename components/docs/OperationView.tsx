import Link from "next/link";
import { codeSamples } from "@/lib/catalog/code-samples";
import { tryItServers, type OperationPage } from "@/lib/catalog/read";
import type { PublicReportItem } from "@/lib/feedback/reports";
import { highlight } from "@/lib/highlight";
import { apiHref, docsHref } from "@/lib/links";
import { KnownIssues } from "../feedback/KnownIssues";
import { RelatedDiscussions } from "../forum/RelatedDiscussions";
import { PageRating } from "../ratings/PageRating";
import { Badge } from "../ui/Badge";
import { ButtonLink } from "../ui/Button";
import { InlineCode } from "../ui/InlineCode";
import { Markdown } from "../ui/Markdown";
import { CodeTabs } from "./CodeTabs";
import { MediaContent } from "./MediaContent";
import { MethodBadge } from "./MethodBadge";
import { ParametersTable } from "./ParametersTable";
import { describeScheme } from "./security";
import { TryIt } from "./TryIt";
import { VersionSwitcher } from "./VersionSwitcher";

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4">
      <h2 id={id} className="scroll-mt-24 text-lg font-semibold text-slate-900 dark:text-white">
        <a href={`#${id}`} className="hover:underline">
          {title}
        </a>
      </h2>
      {children}
    </section>
  );
}

function statusTone(status: string) {
  if (status.startsWith("2")) return "text-emerald-700 dark:text-emerald-300";
  if (status.startsWith("4")) return "text-amber-700 dark:text-amber-300";
  if (status.startsWith("5")) return "text-red-700 dark:text-red-300";
  return "text-slate-700 dark:text-slate-300";
}

const formatDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** One operation: everything a developer needs to call it, server-rendered. */
export async function OperationView({ page, knownIssues = [] }: { page: OperationPage; knownIssues?: PublicReportItem[] }) {
  const { api, version, operation, schemas } = page;
  const title = operation.summary || operation.operationId || `${operation.method.toUpperCase()} ${operation.path}`;
  const samples = codeSamples({ operation, serverUrl: version.servers[0]?.url ?? "", securitySchemes: version.securitySchemes, schemas });
  const tabs = await Promise.all(
    ([["curl", samples.curl, "bash"], ["JavaScript", samples.javascript, "javascript"], ["Python", samples.python, "python"]] as const).map(
      async ([label, code, lang]) => ({ label, code, html: await highlight(code, lang) }),
    ),
  );
  const sunset = formatDate(version.sunsetDate);
  // The console calls the API's own server from the browser; a relative or missing URL would hit the portal.
  const canTryIt = tryItServers(version.servers).length > 0;
  const deprecatedVersion = version.status === "deprecated" || version.status === "retired";
  return (
    <article className="min-w-0 space-y-10">
      <header className="space-y-4">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
          <Link href={docsHref.catalog()} className="hover:underline">Docs</Link> /{" "}
          <Link href={docsHref.api(api.slug)} className="hover:underline">{api.name}</Link> /{" "}
          <Link href={docsHref.version(api.slug, version.label)} className="hover:underline">{version.label}</Link>
        </nav>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl dark:text-white">{title}</h1>
          <div className="flex items-center gap-2">
          <ButtonLink
            variant="secondary"
            href={`/reports/new?${new URLSearchParams({ api: api.slug, version: version.label, operation: operation.slug })}`}
          >
            Report an issue
          </ButtonLink>
          <VersionSwitcher
            current={version.label}
            choices={page.inOtherVersions.map((v) => ({
              label: v.label,
              status: v.status,
              href: v.slug ? docsHref.operation(api.slug, v.label, v.slug) : docsHref.version(api.slug, v.label),
              note: v.slug ? undefined : "Not in this version: opens its overview",
            }))}
          />
          </div>
        </div>
        <div className="flex items-center gap-3 overflow-x-auto rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 dark:border-slate-800 dark:bg-slate-900">
          <MethodBadge method={operation.method} />
          <code className="whitespace-nowrap font-mono text-sm text-slate-900 dark:text-slate-100">{operation.path}</code>
        </div>
        {(operation.deprecated || deprecatedVersion) && (
          <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100">
            <strong>Deprecated.</strong>{" "}
            {operation.deprecated ? "This operation is deprecated" : `Version ${version.label} is ${version.status}`}
            {sunset ? ` and ${version.status === "retired" ? "stopped working" : "stops working"} on ${sunset}` : ""}. Avoid it in new code.
          </p>
        )}
        <Markdown source="document">{operation.description}</Markdown>
      </header>

      <KnownIssues items={knownIssues} />

      <Section id="authentication" title="Authentication">
        {operation.security.length === 0 || operation.security.some((r) => Object.keys(r).length === 0) ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No authentication required.</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {operation.security.map((requirement, i) => (
              <li key={i} className="rounded-lg border border-slate-200 px-4 py-3 dark:border-slate-800">
                {i > 0 && <span className="mr-2 text-xs font-semibold uppercase text-slate-500 dark:text-slate-400">or</span>}
                {Object.entries(requirement).map(([name, scopes]) => (
                  <span key={name} className="mr-4 inline-block">
                    <code className="font-mono text-slate-900 dark:text-slate-100">{name}</code>
                    <span className="text-slate-600 dark:text-slate-400"> · <InlineCode text={describeScheme(version.securitySchemes[name])} /></span>
                    {scopes.length > 0 && <span className="text-slate-600 dark:text-slate-400"> · scopes: {scopes.join(", ")}</span>}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {operation.parameters.length > 0 && (
        <Section id="parameters" title="Parameters">
          <ParametersTable parameters={operation.parameters} schemas={schemas} />
        </Section>
      )}

      {operation.requestBody && (
        <Section id="request-body" title="Request body">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {operation.requestBody.required ? <Badge tone="danger">required</Badge> : <Badge>optional</Badge>}
          </p>
          <Markdown source="document">{operation.requestBody.description}</Markdown>
          <MediaContent content={operation.requestBody.content} schemas={schemas} />
        </Section>
      )}

      <Section id="responses" title="Responses">
        <div className="space-y-3">
          {operation.responses.map((response, i) => (
            <details
              key={response.status}
              id={`response-${response.status}`}
              open={i === 0}
              className="group scroll-mt-24 rounded-xl border border-slate-200 dark:border-slate-800"
            >
              <summary className="flex cursor-pointer items-baseline gap-3 px-4 py-3">
                <span className={`font-mono text-sm font-bold ${statusTone(response.status)}`}>{response.status}</span>
                <span className="text-sm text-slate-700 dark:text-slate-300">{response.description?.split("\n")[0] || "No description"}</span>
              </summary>
              <div className="space-y-4 border-t border-slate-200 px-4 py-4 dark:border-slate-800">
                {response.description?.includes("\n") && <Markdown source="document">{response.description}</Markdown>}
                {Object.keys(response.content).length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">No body.</p>}
                <MediaContent content={response.content} schemas={schemas} />
              </div>
            </details>
          ))}
        </div>
      </Section>

      <Section id="try-it" title="Try it">
        {canTryIt ? (
          <TryIt documentUrl={apiHref.tryItDocument(api.slug, version.label, operation.slug)} />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            This version names no absolute server URL, so requests cannot be sent from here. Use a code sample with your server&apos;s address.
          </p>
        )}
      </Section>

      <Section id="code-samples" title="Code samples">
        <CodeTabs tabs={tabs} />
      </Section>

      {/* Forum: related discussions */}
      <RelatedDiscussions api={{ slug: api.slug, visibility: api.visibility }} version={version.label} operation={operation.slug} />

      <nav aria-label="Previous and next operation" className="grid gap-3 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-800">
        {page.previous ? (
          <Link href={docsHref.operation(api.slug, version.label, page.previous.slug)} className="rounded-lg border border-slate-200 p-4 hover:border-brand-400 dark:border-slate-800">
            <span className="text-xs text-slate-500 dark:text-slate-400">Previous</span>
            <span className="block font-medium text-slate-900 dark:text-white">{page.previous.summary || page.previous.path}</span>
          </Link>
        ) : <span />}
        {page.next && (
          <Link href={docsHref.operation(api.slug, version.label, page.next.slug)} className="rounded-lg border border-slate-200 p-4 text-right hover:border-brand-400 dark:border-slate-800">
            <span className="text-xs text-slate-500 dark:text-slate-400">Next</span>
            <span className="block font-medium text-slate-900 dark:text-white">{page.next.summary || page.next.path}</span>
          </Link>
        )}
      </nav>

      {/* Doc-page ratings */}
      <PageRating api={api.slug} version={version.label} operation={operation.slug} />
    </article>
  );
}
