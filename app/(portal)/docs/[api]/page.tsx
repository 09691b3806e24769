import type { Metadata } from "next";
import { ApiOverviewView } from "@/components/docs/ApiOverviewView";
import { getActor } from "@/lib/auth/actor";
import { getApiOverview } from "@/lib/catalog/read";
import { forPage } from "@/lib/http/page-errors";

export async function generateMetadata({ params }: PageProps<"/docs/[api]">): Promise<Metadata> {
  const { api } = await params;
  const overview = await getApiOverview(await getActor(), api).catch(() => null);
  return { title: overview ? overview.api.name : "Not found" };
}

export default async function ApiPage({ params }: PageProps<"/docs/[api]">) {
  const { api } = await params;
  const overview = await forPage(getApiOverview(await getActor(), api));
  return <ApiOverviewView overview={overview} />;
}
