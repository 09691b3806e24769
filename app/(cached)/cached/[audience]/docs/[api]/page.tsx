import type { Metadata } from "next";
import { ApiPage, apiPageMetadata } from "@/components/docs/DocsPages";

// The cached copy of /docs/[api] (see proxy.ts): public APIs only, cached, rendered on first request.
export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: PageProps<"/cached/[audience]/docs/[api]">): Promise<Metadata> {
  return apiPageMetadata(null, (await params).api);
}

export default async function Page({ params }: PageProps<"/cached/[audience]/docs/[api]">) {
  return <ApiPage actor={null} api={(await params).api} />;
}
