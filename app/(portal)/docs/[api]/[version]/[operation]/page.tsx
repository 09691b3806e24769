import type { Metadata } from "next";
import { OperationPage, operationPageMetadata } from "@/components/docs/DocsPages";
import { getActor } from "@/lib/auth/actor";

type Props = PageProps<"/docs/[api]/[version]/[operation]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return operationPageMetadata(await getActor(), await params);
}

export default async function Page({ params }: Props) {
  return <OperationPage actor={await getActor()} params={await params} />;
}
