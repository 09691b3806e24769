import type { Metadata } from "next";
import { OperationNav } from "@/components/docs/OperationNav";
import { OperationView } from "@/components/docs/OperationView";
import { getActor } from "@/lib/auth/actor";
import { getOperationPage } from "@/lib/catalog/read";
import { forPage } from "@/lib/http/page-errors";

type Props = PageProps<"/docs/[api]/[version]/[operation]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { api, version, operation } = await params;
  const page = await getOperationPage(await getActor(), api, version, operation).catch(() => null);
  if (!page) return { title: "Not found" };
  return { title: `${page.operation.summary || page.operation.operationId || page.operation.path} · ${page.api.name} ${page.version.label}` };
}

export default async function OperationPage({ params }: Props) {
  const { api, version, operation } = await params;
  const page = await forPage(getOperationPage(await getActor(), api, version, operation));
  return (
    <div className="grid gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
      <aside className="lg:sticky lg:top-24 lg:max-h-[calc(100dvh-8rem)] lg:overflow-y-auto lg:pr-2">
        <OperationNav api={page.api.slug} version={page.version.label} operations={page.operations} current={page.operation.slug} />
      </aside>
      <OperationView page={page} />
    </div>
  );
}
