import type { Metadata } from "next";
import { ApiPage, apiPageMetadata } from "@/components/docs/DocsPages";
import { getActor } from "@/lib/auth/actor";

export async function generateMetadata({ params }: PageProps<"/docs/[api]/[version]">): Promise<Metadata> {
  const { api, version } = await params;
  return apiPageMetadata(await getActor(), api, version);
}

export default async function Page({ params }: PageProps<"/docs/[api]/[version]">) {
  const { api, version } = await params;
  return <ApiPage actor={await getActor()} api={api} version={version} />;
}
