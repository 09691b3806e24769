import "server-only";
import { db } from "../db";
import { visibleTo } from "./visibility";

/** Docs pages for the sitemap: public APIs only, never partner- or staff-only ones. */
export async function publicDocsPages(): Promise<{ api: string; version?: string; operation?: string; updated: Date }[]> {
  const apis = await db.api.findMany({
    where: { visibility: { in: visibleTo(null) } },
    select: {
      slug: true,
      updatedAt: true,
      versions: { where: { status: { not: "retired" } }, select: { label: true, importedAt: true, operations: { select: { slug: true } } } },
    },
  });
  return apis.flatMap((api) => [
    { api: api.slug, updated: api.updatedAt },
    ...api.versions.flatMap((v) => [
      { api: api.slug, version: v.label, updated: v.importedAt },
      ...v.operations.map((o) => ({ api: api.slug, version: v.label, operation: o.slug, updated: v.importedAt })),
    ]),
  ]);
}
