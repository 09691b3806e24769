import type { Metadata } from "next";
import { ApiPage, apiPageMetadata } from "@/components/docs/DocsPages";

// The cached copy of /docs/[api]/[version] (see proxy.ts).
export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: PageProps<"/cached/[audience]/docs/[api]/[version]">): Promise<Metadata> {
  const { api, version } = await params;
  return apiPageMetadata(null, api, version);
}

export default async function Page({ params }: PageProps<"/cached/[audience]/docs/[api]/[version]">) {
  const { api, version } = await params;
  return <ApiPage actor={null} api={api} version={version} />;
}
