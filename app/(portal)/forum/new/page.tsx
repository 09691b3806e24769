import type { Metadata } from "next";
import Link from "next/link";
import { ThreadForm } from "@/components/forum/ThreadForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { signedInPageActor } from "@/lib/auth/page-access";
import { getApiOverview, getOperationPage } from "@/lib/catalog/read";
import { listCategories } from "@/lib/forum/categories";
import { forumHref } from "@/lib/forum/links";
import { forPage } from "@/lib/http/page-errors";

export const metadata: Metadata = { title: "New thread · Forum" };

const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v.slice(0, 120) : undefined);

export default async function NewThreadPage({ searchParams }: PageProps<"/forum/new">) {
  const params = await searchParams;
  const context = { api: one(params.api), version: one(params.version), operation: one(params.operation), category: one(params.category) };
  const here = forumHref.newThread(context);
  // Visitors sign in first and come back here; the form keeps a draft if the session ends mid-way.
  const actor = await signedInPageActor(here);
  const categories = await listCategories(actor);

  let link: { api: string; apiName: string; version?: string; operation?: string; operationLabel?: string } | null = null;
  if (context.api && context.version && context.operation) {
    // Also checks the author may see this operation: 404 otherwise.
    const page = await forPage(getOperationPage(actor, context.api, context.version, context.operation));
    link = { api: page.api.slug, apiName: page.api.name, version: page.version.label, operation: page.operation.slug, operationLabel: `${page.operation.method.toUpperCase()} ${page.operation.path}` };
  } else if (context.api) {
    const overview = await forPage(getApiOverview(actor, context.api, context.version));
    link = { api: overview.api.slug, apiName: overview.api.name, version: context.version ? overview.version.label : undefined };
  }

  const apiCategory = link ? categories.find((c) => c.api?.slug === link.api)?.slug : undefined;
  const asked = categories.find((c) => c.slug === context.category && (!link || !c.api || c.api.slug === link.api))?.slug;
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
          <Link href={forumHref.home()} className="hover:underline">Forum</Link> / New thread
        </nav>
        <PageHeader
          title="Start a thread"
          description="Ask a question, share a workaround or suggest an improvement. Other developers and our team answer here. To report a bug privately, report an issue instead."
        />
      </div>
      <ThreadForm
        categories={categories.map((c) => ({ slug: c.slug, name: c.name, apiSlug: c.api?.slug ?? null }))}
        defaultCategory={asked ?? apiCategory ?? "general"}
        link={link}
        here={here}
      />
    </div>
  );
}
