import type { Metadata } from "next";
import Link from "next/link";
import { docsHref } from "@/lib/links";
import { CategoryList } from "@/components/forum/CategoryList";
import { listParams } from "@/components/forum/list-params";
import { ThreadListView } from "@/components/forum/ThreadListView";
import { Alert } from "@/components/ui/Alert";
import { ButtonLink } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { getActor } from "@/lib/auth/actor";
import { getCategory, listCategories } from "@/lib/forum/categories";
import { forumHref } from "@/lib/forum/links";
import { listThreads } from "@/lib/forum/threads";
import { forPage } from "@/lib/http/page-errors";

type Props = PageProps<"/forum/c/[category]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await getCategory(await getActor(), (await params).category).catch(() => null);
  return { title: category ? `${category.name} · Forum` : "Not found" };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const actor = await getActor();
  const slug = (await params).category;
  const category = await forPage(getCategory(actor, slug));
  const { filter, dropped } = listParams(await searchParams);
  const [page, categories] = await Promise.all([forPage(listThreads(actor, { ...filter, category: slug })), listCategories(actor)]);
  const newThreadHref = forumHref.newThread({ category: slug, api: filter.api, version: filter.version, operation: filter.operation });
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
          <Link href={forumHref.home()} className="hover:underline">Forum</Link> / {category.name}
        </nav>
        <PageHeader
          title={category.name}
          description={
            category.api ? (
              <>
                Discussions about the {category.api.name}.{" "}
                <Link href={docsHref.api(category.api.slug)} className="text-brand-700 hover:underline dark:text-brand-300">Read its docs</Link>
              </>
            ) : (
              (category.description ?? undefined)
            )
          }
          actions={<ButtonLink href={newThreadHref}>New thread</ButtonLink>}
        />
      </div>
      <div className="grid gap-8 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <aside className="min-w-0">
          <CategoryList categories={categories} current={category.slug} />
        </aside>
        <div className="min-w-0 space-y-4">
          {dropped && <Alert>Some filters in the address were not understood and are ignored.</Alert>}
          <ThreadListView
            page={page}
            href={(query) => forumHref.category(slug, query)}
            action={forumHref.category(slug)}
            newThreadHref={newThreadHref}
            showCategory={false}
          />
        </div>
      </div>
    </div>
  );
}
