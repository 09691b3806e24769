import "server-only";
import { db } from "../db";
import { Invalid, NotFound } from "../errors";
import type { Actor } from "../auth/authorize";
import { diffDocuments, type VersionDiff } from "./diff";
import { STORED_OPERATION, toNormalizedOperation } from "./stored-operation";
import type { JsonSchema, NormalizedDocument, SecurityScheme, SourceFormat } from "./types";
import { visibleTo } from "./visibility";

async function versionDocument(apiId: string, label: string): Promise<NormalizedDocument> {
  const version = await db.apiVersion.findUnique({
    where: { apiId_label: { apiId, label } },
    select: {
      sourceFormat: true, title: true, description: true, servers: true, securitySchemes: true, tags: true, schemas: true, warnings: true,
      operations: { orderBy: { position: "asc" }, select: STORED_OPERATION },
    },
  });
  if (!version) throw new NotFound(`This API has no version "${label}".`);
  return {
    format: version.sourceFormat as SourceFormat,
    title: version.title,
    version: label,
    ...(version.description ? { description: version.description } : {}),
    servers: version.servers as NormalizedDocument["servers"],
    securitySchemes: version.securitySchemes as Record<string, SecurityScheme>,
    tags: version.tags as NormalizedDocument["tags"],
    components: { schemas: version.schemas as Record<string, JsonSchema> },
    operations: version.operations.map(toNormalizedOperation),
    webhookCount: 0,
    warnings: version.warnings as string[],
  };
}

/** What changed from one version of an API to another, each change classified breaking or not. */
export async function compareVersions(actor: Actor | null, apiSlug: string, from: string, to: string): Promise<VersionDiff & { api: string; from: string; to: string }> {
  const api = await db.api.findFirst({ where: { slug: apiSlug, visibility: { in: visibleTo(actor) } }, select: { id: true } });
  if (!api) throw new NotFound("No API with this name.");
  if (from === to) throw new Invalid("Choose two different versions to compare.", { to: ["Pick a version other than the first."] });
  const [before, after] = await Promise.all([versionDocument(api.id, from), versionDocument(api.id, to)]);
  return { api: apiSlug, from, to, ...diffDocuments(before, after) };
}
