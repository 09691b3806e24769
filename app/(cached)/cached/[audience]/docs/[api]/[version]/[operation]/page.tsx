import type { Metadata } from "next";
import { OperationPage, operationPageMetadata } from "@/components/docs/DocsPages";

type Props = PageProps<"/cached/[audience]/docs/[api]/[version]/[operation]">;

// The cached copy of /docs/[api]/[version]/[operation] (see proxy.ts).
export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return operationPageMetadata(null, await params);
}

export default async function Page({ params }: Props) {
  return <OperationPage actor={null} params={await params} />;
}
