import type { MetadataRoute } from "next";
import { docsHref } from "@/lib/links";
import { publicDocsPages } from "@/lib/catalog/sitemap";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Public pages only: partner- and staff-only docs never appear here. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = (env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const pages = await publicDocsPages();
  return [
    { url: `${base}/`, changeFrequency: "weekly" },
    { url: `${base}${docsHref.catalog()}`, changeFrequency: "daily" },
    ...pages.map((p) => ({
      url: `${base}${p.operation ? docsHref.operation(p.api, p.version!, p.operation) : p.version ? docsHref.version(p.api, p.version) : docsHref.api(p.api)}`,
      lastModified: p.updated,
    })),
  ];
}
