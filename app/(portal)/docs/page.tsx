import type { Metadata } from "next";
import Link from "next/link";
import { docsHref } from "@/lib/links";
import { MethodBadge } from "@/components/docs/MethodBadge";
import { VersionStatusBadge } from "@/components/docs/VersionStatusBadge";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { inputClasses } from "@/components/ui/Field";
import { PageHeader } from "@/components/ui/PageHeader";
import { getActor } from "@/lib/auth/actor";
import { isStaffRole } from "@/lib/auth/roles";
import { listApis } from "@/lib/catalog/read";
import { VERSION_STATUSES } from "@/lib/catalog/schemas";
import { searchCatalog } from "@/lib/catalog/search";
import { searchForum } from "@/lib/forum/search";

export const metadata: Metadata = { title: "API docs" };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function CatalogPage({ searchParams }: PageProps<"/docs">) {
  const params = await searchParams;
  const q = one(params.q)?.trim().slice(0, 200) ?? "";
  const tag = one(params.tag);
  const status = VERSION_STATUSES.find((s) => s === one(params.status));
  const actor = await getActor();
  const [all, apis, hits, threads] = await Promise.all([
    listApis(actor),
    listApis(actor, { tag, status }),
    q ? searchCatalog(actor, q, 30) : null,
    q ? searchForum(actor, q, 5) : [],
  ]);
  const tags = [...new Set(all.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b));

  return (
    <div className="space-y-8">
      <PageHeader title="API docs" description="Every API you can build on, with a page for each operation. Search by path, name, parameter or what it does." />

      <form role="search" action="/docs" className="grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end">
        <div className="space-y-1.5">
          <label htmlFor="docs-q" className="block text-sm font-medium text-slate-800 dark:text-slate-200">Search the docs</label>
          <input id="docs-q" name="q" type="search" defaultValue={q} placeholder='e.g. "pet by id" or /tickets' className={inputClasses} />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="docs-tag" className="block text-sm font-medium text-slate-800 dark:text-slate-200">Tag</label>
          <select id="docs-tag" name="tag" defaultValue={tag ?? ""} className={inputClasses}>
            <option value="">Any tag</option>
            {tags.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="docs-status" className="block text-sm font-medium text-slate-800 dark:text-slate-200">Version status</label>
          <select id="docs-status" name="status" defaultValue={status ?? ""} className={inputClasses}>
            <option value="">Any status</option>
            {VERSION_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
        <Button type="submit">Search</Button>
      </form>

      {hits && (
        <section aria-labelledby="results" className="space-y-3">
          <h2 id="results" className="text-lg font-semibold text-slate-900 dark:text-white">
            {hits.length === 0 ? `No results for “${q}”` : `${hits.length} result${hits.length === 1 ? "" : "s"} for “${q}”`}
          </h2>
          {hits.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">Try fewer words, a path such as /pets, or a parameter name.</p>
          ) : (
            <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
              {hits.map((hit) => (
                <li key={`${hit.apiSlug}-${hit.slug ?? "api"}`}>
                  <Link
                    href={hit.kind === "operation" ? docsHref.operation(hit.apiSlug, hit.version!, hit.slug!) : docsHref.api(hit.apiSlug)}
                    className="block space-y-1 px-4 py-3 hover:bg-slate-50 dark:hover:bg-slate-900"
                  >
                    <span className="flex flex-wrap items-center gap-2">
                      {hit.kind === "operation" ? <MethodBadge method={hit.method!} /> : <Badge tone="brand">API</Badge>}
                      <span className="font-medium text-slate-900 dark:text-white">{hit.title}</span>
                      <span className="text-sm text-slate-500 dark:text-slate-400">{hit.apiName}{hit.version ? ` ${hit.version}` : ""}</span>
                    </span>
                    {hit.path && <code className="block break-all font-mono text-xs text-slate-700 dark:text-slate-300">{hit.path}</code>}
                    {hit.excerpt && <span className="block text-sm text-slate-600 dark:text-slate-400">{hit.excerpt}</span>}
                  </Link>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      {threads.length > 0 && (
        <section aria-labelledby="forum-results" className="space-y-3">
          <h2 id="forum-results" className="text-lg font-semibold text-slate-900 dark:text-white">In the forum</h2>
          <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {threads.map((thread) => (
              <li key={thread.number}>
                <Link href={thread.url} className="block space-y-1 px-4 py-3 hover:bg-slate-50 dark:hover:bg-slate-900">
                  <span className="flex flex-wrap items-center gap-2">
                    <Badge tone={thread.answered ? "brand" : "neutral"}>{thread.answered ? "Answered" : "Discussion"}</Badge>
                    <span className="font-medium text-slate-900 dark:text-white">{thread.title}</span>
                    <span className="text-sm text-slate-500 dark:text-slate-400">
                      {thread.category.name} · {thread.replyCount} {thread.replyCount === 1 ? "reply" : "replies"}
                    </span>
                  </span>
                  {thread.excerpt && <span className="block text-sm text-slate-600 dark:text-slate-400">{thread.excerpt}</span>}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="catalog" className="space-y-3">
        <h2 id="catalog" className="text-lg font-semibold text-slate-900 dark:text-white">{tag || status ? "Matching APIs" : "All APIs"}</h2>
        {apis.length === 0 ? (
          <EmptyState
            title={all.length === 0 ? "No APIs published yet" : "No API matches these filters"}
            action={all.length > 0 ? <Link href="/docs" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-300">Clear the filters</Link> : undefined}
          >
            {all.length === 0
              ? actor && isStaffRole(actor.role)
                ? "Import an OpenAPI document from the staff area, or with npm run import-openapi."
                : "Check back soon: APIs appear here as soon as the team publishes them."
              : "Try another tag or status."}
          </EmptyState>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {apis.map((api) => (
              <li key={api.slug}>
                <Link href={docsHref.api(api.slug)} className="flex h-full flex-col gap-3 rounded-xl border border-slate-200 p-5 hover:border-brand-400 hover:shadow-sm dark:border-slate-800 dark:hover:border-brand-600">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="text-lg font-semibold text-slate-900 dark:text-white">{api.name}</span>
                    {api.defaultVersion && <VersionStatusBadge status={api.defaultVersion.status} />}
                    {api.visibility !== "public" && <Badge tone="warning">{api.visibility === "partner" ? "Partners only" : "Staff only"}</Badge>}
                  </span>
                  {api.summary && <span className="line-clamp-3 text-sm text-slate-600 dark:text-slate-400">{api.summary}</span>}
                  <span className="mt-auto text-xs text-slate-500 dark:text-slate-400">
                    {api.defaultVersion ? `Version ${api.defaultVersion.label} · ${api.defaultVersion.operationCount} operations` : "No version yet"}
                    {api.versions.length > 1 ? ` · ${api.versions.length} versions` : ""}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
