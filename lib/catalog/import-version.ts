import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db";
import { Invalid } from "../errors";
import { recordAudit } from "../audit/record";
import { isSystem, requireRole, type Actor, type SystemActor } from "../auth/authorize";
import type { Prisma } from "../generated/prisma/client";
import { fieldErrorsOf } from "../validation";
import { loadDocument } from "./import/load-document";
import type { DocumentSource } from "./import/source-files";
import { importOptionsSchema, type ImportOptions } from "./schemas";
import { vocabularyWords } from "./search-words";
import type { NormalizedOperation } from "./types";
import { truncateText } from "../http/unstorable-text";

export type ImportSummary = {
  api: string;
  version: string;
  apiCreated: boolean;
  versionCreated: boolean;
  /** True when the same document was already imported: nothing was written. */
  unchanged: boolean;
  added: string[];
  changed: string[];
  removed: string[];
  operations: number;
  warnings: string[];
};

type Progress = (message: string) => void;

function operationRow(op: NormalizedOperation, position: number) {
  const json = (v: unknown) => v as Prisma.InputJsonValue;
  return {
    slug: op.slug,
    position,
    method: op.method,
    path: op.path,
    operationId: op.operationId ?? null,
    summary: op.summary ?? null,
    description: op.description ?? null,
    tags: op.tags,
    deprecated: op.deprecated,
    security: json(op.security),
    parameters: json(op.parameters),
    requestBody: op.requestBody ? json(op.requestBody) : undefined,
    responses: json(op.responses),
    contentHash: createHash("sha256").update(JSON.stringify(op)).digest("hex"),
    searchText: searchWords(op),
  };
}

/** "getPetById" → "get Pet By Id"; "/pet/{petId}" → "pet pet Id". */
function splitWords(text: string): string {
  return text.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[^A-Za-z0-9]+/g, " ").trim();
}

/** Words a developer might type that the summary and description do not hold. */
function searchWords(op: NormalizedOperation): string {
  const words = [op.method, op.path, splitWords(op.path), splitWords(op.operationId ?? ""), op.summary ?? "", ...op.tags, ...op.parameters.map((p) => `${p.name} ${splitWords(p.name)}`)]
    .join(" ")
    .replace(/\s+/g, " ");
  return truncateText(words, 4000);
}

/**
 * Imports an OpenAPI document as a version of an API (creating either as needed). Admins and the
 * system only. The same document again is a no-op; a new one replaces the version's operations
 * in one transaction, so readers see the old version or the new one, never a mix.
 */
export async function importApiVersion(
  actor: Actor | SystemActor | null,
  options: ImportOptions,
  source: DocumentSource,
  progress: Progress = () => undefined,
): Promise<ImportSummary> {
  if (!isSystem(actor)) requireRole(actor, "admin");
  const parsedOptions = importOptionsSchema.safeParse(options);
  if (!parsedOptions.success) throw new Invalid("Check the import options.", fieldErrorsOf(parsedOptions.error));
  const opts = parsedOptions.data;

  progress("Reading and validating the document…");
  const { document, sourceHash } = await loadDocument(source);
  const label = opts.version ?? document.version.trim();
  const labelCheck = importOptionsSchema.shape.version.safeParse(label);
  if (!label || !labelCheck.success) {
    throw new Invalid(`The document's version "${document.version}" cannot be used as a version label; pass one explicitly (--version v1).`, {
      version: ["Give a version label."],
    });
  }
  progress(`Valid ${document.format} document "${document.title}": ${document.operations.length} operations.`);

  const existingApi = await db.api.findUnique({ where: { slug: opts.api }, select: { id: true } });
  const existingVersion = existingApi
    ? await db.apiVersion.findUnique({
        where: { apiId_label: { apiId: existingApi.id, label } },
        select: { id: true, sourceHash: true, operations: { select: { slug: true, contentHash: true } } },
      })
    : null;
  const summary: ImportSummary = {
    api: opts.api,
    version: label,
    apiCreated: !existingApi,
    versionCreated: !existingVersion,
    unchanged: false,
    added: [],
    changed: [],
    removed: [],
    operations: document.operations.length,
    warnings: document.warnings,
  };
  if (existingVersion?.sourceHash === sourceHash) {
    progress("This document is already imported; nothing to do.");
    return { ...summary, unchanged: true };
  }

  const rows = document.operations.map(operationRow);
  const before = new Map(existingVersion?.operations.map((o) => [o.slug, o.contentHash]));
  for (const row of rows) {
    const previous = before.get(row.slug);
    if (previous === undefined) summary.added.push(row.slug);
    else if (previous !== row.contentHash) summary.changed.push(row.slug);
  }
  const slugs = new Set(rows.map((r) => r.slug));
  summary.removed = [...before.keys()].filter((slug) => !slugs.has(slug));

  const versionData = {
    status: opts.status,
    releaseDate: opts.releaseDate,
    sunsetDate: opts.sunsetDate,
    sourceHash,
    sourceFormat: document.format,
    title: document.title,
    description: document.description ?? null,
    servers: document.servers,
    securitySchemes: document.securitySchemes as Prisma.InputJsonValue,
    tags: document.tags,
    schemas: document.components.schemas as Prisma.InputJsonValue,
    warnings: document.warnings,
    importedAt: new Date(),
  };

  progress(`Saving ${rows.length} operations…`);
  // Only the transaction's client inside: the embedded database runs one transaction at a time.
  await db.$transaction(
    async (tx) => {
      const api = await tx.api.upsert({
        where: { slug: opts.api },
        create: {
          slug: opts.api,
          name: opts.name ?? document.title,
          // The description comes from each version's document unless staff write one for the API.
          description: null,
          visibility: opts.visibility ?? "public",
          ownerTeam: opts.ownerTeam ?? null,
        },
        update: {
          ...(opts.name ? { name: opts.name } : {}),
          ...(opts.visibility ? { visibility: opts.visibility } : {}),
          ...(opts.ownerTeam ? { ownerTeam: opts.ownerTeam } : {}),
        },
      });
      // Each API has its forum category (slug "general" is the General category's).
      await tx.forumCategory.upsert({
        where: { apiId: api.id },
        create: { apiId: api.id, slug: api.slug === "general" ? "general-api" : api.slug, name: api.name, position: 1 },
        update: { name: api.name },
      });
      const version = await tx.apiVersion.upsert({
        where: { apiId_label: { apiId: api.id, label } },
        create: { apiId: api.id, label, ...versionData },
        update: versionData,
      });
      // Replace the operations wholesale: simpler than patching, and ids of rows are not referenced yet.
      await tx.operation.deleteMany({ where: { versionId: version.id } });
      await tx.operation.createMany({ data: rows.map((row) => ({ ...row, versionId: version.id })) });
      // Words no longer used stay in the vocabulary: a correction to them finds nothing, which is harmless.
      const words = [...new Set(rows.flatMap((row) => vocabularyWords(`${row.searchText} ${truncateText(row.description ?? "", 4000)}`)))];
      await tx.$executeRaw`INSERT INTO "SearchTerm" ("word") SELECT unnest(${words}::text[]) ON CONFLICT DO NOTHING`;
      await recordAudit(tx, {
        actor: isSystem(actor) ? null : actor,
        action: "catalog.version.import",
        target: { type: "api_version", id: version.id },
        data: {
          api: opts.api,
          version: label,
          by: isSystem(actor) ? actor.name : null,
          added: summary.added.length,
          changed: summary.changed.length,
          removed: summary.removed.length,
        },
      });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return summary;
}
