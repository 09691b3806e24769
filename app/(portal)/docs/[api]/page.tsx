import type { Metadata } from "next";
import { ApiPage, apiPageMetadata } from "@/components/docs/DocsPages";
import { getActor } from "@/lib/auth/actor";

export async function generateMetadata({ params }: PageProps<"/docs/[api]">): Promise<Metadata> {
  return apiPageMetadata(await getActor(), (await params).api);
}

export default async function Page({ params }: PageProps<"/docs/[api]">) {
  return <ApiPage actor={await getActor()} api={(await params).api} />;
}
