import type { Metadata } from "next";
import { ApiOverviewView } from "@/components/docs/ApiOverviewView";
import { getActor } from "@/lib/auth/actor";
import { getApiOverview } from "@/lib/catalog/read";
import { forPage } from "@/lib/http/page-errors";

export async function generateMetadata({ params }: PageProps<"/docs/[api]/[version]">): Promise<Metadata> {
  const { api, version } = await params;
  const overview = await getApiOverview(await getActor(), api, version).catch(() => null);
  return { title: overview ? `${overview.api.name} ${overview.version.label}` : "Not found" };
}

export default async function ApiVersionPage({ params }: PageProps<"/docs/[api]/[version]">) {
  const { api, version } = await params;
  const overview = await forPage(getApiOverview(await getActor(), api, version));
  return <ApiOverviewView overview={overview} />;
}
