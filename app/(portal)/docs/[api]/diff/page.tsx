import type { Metadata } from "next";
import Link from "next/link";
import { DiffReport } from "@/components/docs/DiffReport";
import { docsHref } from "@/lib/links";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { inputClasses } from "@/components/ui/Field";
import { getActor } from "@/lib/auth/actor";
import { compareVersions } from "@/lib/catalog/compare-versions";
import { getApiOverview } from "@/lib/catalog/read";
import { Invalid } from "@/lib/errors";
import { forPage } from "@/lib/http/page-errors";

export const metadata: Metadata = { title: "Compare versions" };

export default async function DiffPage({ params, searchParams }: PageProps<"/docs/[api]/diff">) {
  const { api } = await params;
  const query = await searchParams;
  const actor = await getActor();
  const overview = await forPage(getApiOverview(actor, api));
  const labels = overview.versions.map((v) => v.label);
  const to = typeof query.to === "string" ? query.to : overview.version.label;
  const from = typeof query.from === "string" ? query.from : (labels.find((l) => l !== to) ?? to);
  const result = labels.length < 2 ? null : await forPage(compareVersions(actor, api, from, to).catch((e: unknown) => (e instanceof Invalid ? e : Promise.reject(e))));

  return (
    <div className="space-y-8">
      <header className="space-y-3 border-b border-slate-200 pb-6 dark:border-slate-800">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
          <Link href={docsHref.catalog()} className="hover:underline">Docs</Link> /{" "}
          <Link href={docsHref.api(api)} className="hover:underline">{overview.api.name}</Link> / Compare versions
        </nav>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Compare versions of {overview.api.name}</h1>
        <p className="max-w-2xl text-slate-600 dark:text-slate-400">
          What changed between two versions, operation by operation, and whether each change can break an existing client.
        </p>
      </header>
      {labels.length < 2 ? (
        <Alert>This API has one version so far; there is nothing to compare yet.</Alert>
      ) : (
        <>
          <form className="flex flex-col gap-3 sm:flex-row sm:items-end" action={docsHref.diff(api)}>
            {(["from", "to"] as const).map((field) => (
              <div key={field} className="space-y-1.5">
                <label htmlFor={`diff-${field}`} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
                  {field === "from" ? "From (older)" : "To (newer)"}
                </label>
                <select id={`diff-${field}`} name={field} defaultValue={field === "from" ? from : to} className={inputClasses}>
                  {labels.map((l) => (
                    <option key={l} value={l}>{l}</option>
                  ))}
                </select>
              </div>
            ))}
            <Button type="submit" variant="secondary">Compare</Button>
          </form>
          {result instanceof Invalid ? <Alert tone="error">{result.message}</Alert> : result && <DiffReport diff={result} />}
        </>
      )}
    </div>
  );
}
