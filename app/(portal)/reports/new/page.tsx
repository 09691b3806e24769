import type { Metadata } from "next";
import { docsHref } from "@/lib/links";
import { ReportForm } from "@/components/feedback/ReportForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { getActor } from "@/lib/auth/actor";
import { signedInPageActor } from "@/lib/auth/page-access";
import { getOperationPage, listApis } from "@/lib/catalog/read";
import { env } from "@/lib/env";
import { forPage } from "@/lib/http/page-errors";

export const metadata: Metadata = { title: "Report an issue" };

const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v : undefined);

export default async function NewReportPage({ searchParams }: PageProps<"/reports/new">) {
  const params = await searchParams;
  const context = { api: one(params.api), version: one(params.version), operation: one(params.operation) };
  const query = new URLSearchParams(Object.entries(context).filter((e): e is [string, string] => Boolean(e[1])));
  const here = `/reports/new${query.size ? `?${query}` : ""}`;
  const actor = await signedInPageActor(here);
  const apis = await listApis(actor);
  let operationLabel: string | undefined;
  let pageUrl: string | undefined;
  if (context.api && context.version && context.operation) {
    // Also checks the reporter may see this operation: 404 otherwise.
    const page = await forPage(getOperationPage(await getActor(), context.api, context.version, context.operation));
    operationLabel = `${page.operation.method.toUpperCase()} ${page.operation.path}`;
    pageUrl = `${(env.NEXTAUTH_URL ?? "").replace(/\/$/, "")}${docsHref.operation(context.api, context.version, context.operation)}`;
  }
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <PageHeader
        title="Report an issue"
        description="Tell us what went wrong. The more context you give (a request id, the time, your SDK), the faster we can fix it."
      />
      {apis.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">There are no APIs to report on yet.</p>
      ) : (
        <ReportForm
          apis={apis.map((a) => ({ slug: a.slug, name: a.name, versions: a.versions.map((v) => v.label) }))}
          context={{ ...context, operationLabel, pageUrl }}
          signInHref={`/signin?callbackUrl=${encodeURIComponent(here)}`}
        />
      )}
    </div>
  );
}
