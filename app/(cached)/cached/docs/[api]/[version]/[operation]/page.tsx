import type { Metadata } from "next";
import { OperationPage, operationPageMetadata } from "@/components/docs/DocsPages";

type Props = PageProps<"/cached/docs/[api]/[version]/[operation]">;

// Visitors' copy of /docs/[api]/[version]/[operation] (see next.config.mjs).
export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return operationPageMetadata(null, await params);
}

export default async function Page({ params }: Props) {
  return <OperationPage actor={null} params={await params} />;
}
