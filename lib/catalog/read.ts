import "server-only";
import { cache } from "react";
import { db } from "../db";
import { NotFound } from "../errors";
import type { Actor } from "../auth/authorize";
import type { VersionStatus, Visibility } from "../generated/prisma/enums";
import { singleOperationDocument } from "./single-operation-document";
import { STORED_OPERATION, toNormalizedOperation } from "./stored-operation";
import type { HttpMethod, JsonSchema, NormalizedOperation, SecurityScheme } from "./types";
import { visibleTo } from "./visibility";
import { truncateText } from "../http/unstorable-text";

export type VersionSummary = { label: string; status: VersionStatus; releaseDate: Date | null; sunsetDate: Date | null; operationCount: number };
export type ApiSummary = {
  slug: string;
  name: string;
  summary: string | null;
  visibility: Visibility;
  defaultVersion: VersionSummary | null;
  versions: VersionSummary[];
  tags: string[];
};
export type OperationListItem = { slug: string; method: HttpMethod; path: string; summary: string | null; deprecated: boolean; tags: string[] };
export type VersionDetail = VersionSummary & {
  title: string;
  description: string | null;
  servers: { url: string; description?: string }[];
  securitySchemes: Record<string, SecurityScheme>;
  tags: { name: string; description?: string }[];
  warnings: string[];
  sourceFormat: string;
};

const STATUS_RANK: Record<VersionStatus, number> = { current: 0, beta: 1, deprecated: 2, retired: 3 };

/** The version a reader lands on: the newest current one, else the newest beta, deprecated, retired. */
export function pickDefaultVersion<T extends { status: VersionStatus; importedAt: Date; releaseDate: Date | null }>(versions: T[]): T | null {
  const time = (v: T) => (v.releaseDate ?? v.importedAt).getTime();
  return [...versions].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || time(b) - time(a))[0] ?? null;
}

const versionSummarySelect = {
  label: true,
  status: true,
  releaseDate: true,
  sunsetDate: true,
  importedAt: true,
  tags: true,
  description: true,
  _count: { select: { operations: true } },
} as const;

function toSummary(v: { label: string; status: VersionStatus; releaseDate: Date | null; sunsetDate: Date | null; _count: { operations: number } }): VersionSummary {
  return { label: v.label, status: v.status, releaseDate: v.releaseDate, sunsetDate: v.sunsetDate, operationCount: v._count.operations };
}

/** APIs the actor may see, with their versions, filtered by tag and version status. */
export const listApis = cache(async (actor: Actor | null, filter: { tag?: string; status?: VersionStatus } = {}): Promise<ApiSummary[]> => {
  const apis = await db.api.findMany({
    where: { visibility: { in: visibleTo(actor) } },
    orderBy: { name: "asc" },
    select: { slug: true, name: true, summary: true, description: true, visibility: true, versions: { select: versionSummarySelect } },
  });
  return apis
    .map((api) => {
      const chosen = pickDefaultVersion(api.versions);
      const tags = ((chosen?.tags ?? []) as { name: string }[]).map((t) => t.name);
      return {
        slug: api.slug,
        name: api.name,
        summary: api.summary ?? firstSentence(api.description ?? chosen?.description ?? null),
        visibility: api.visibility,
        defaultVersion: chosen ? toSummary(chosen) : null,
        versions: api.versions.map(toSummary),
        tags,
      };
    })
    .filter((api) => (!filter.tag || api.tags.includes(filter.tag)) && (!filter.status || api.versions.some((v) => v.status === filter.status)));
});

function firstSentence(markdown: string | null): string | null {
  if (!markdown) return null;
  const text = markdown.replace(/[#*_`>[\]]|\(https?:[^)]*\)/g, "").replace(/\s+/g, " ").trim();
  const sentence = text.match(/^.{20,200}?[.!?](\s|$)/)?.[0] ?? truncateText(text, 200);
  return sentence.trim() || null;
}

/** An API the actor may see, or NotFound (also for APIs hidden from them). */
async function visibleApi(actor: Actor | null, slug: string) {
  const api = await db.api.findFirst({
    where: { slug, visibility: { in: visibleTo(actor) } },
    select: { id: true, slug: true, name: true, summary: true, description: true, visibility: true, ownerTeam: true, versions: { select: versionSummarySelect } },
  });
  if (!api) throw new NotFound("No API with this name.");
  return api;
}

export type ApiOverview = {
  api: { slug: string; name: string; summary: string | null; description: string | null; visibility: Visibility; ownerTeam: string | null };
  versions: VersionSummary[];
  version: VersionDetail;
  operations: OperationListItem[];
};

/** An API with one of its versions (the default one unless a label is given) and that version's operations. */
export const getApiOverview = cache(async (actor: Actor | null, slug: string, label?: string): Promise<ApiOverview> => {
  const api = await visibleApi(actor, slug);
  const chosen = label ? api.versions.find((v) => v.label === label) : pickDefaultVersion(api.versions);
  if (!chosen) throw new NotFound(label ? "This API has no such version." : "This API has no published version yet.");
  const version = await db.apiVersion.findUniqueOrThrow({
    where: { apiId_label: { apiId: api.id, label: chosen.label } },
    select: {
      ...versionSummarySelect,
      title: true,
      description: true,
      servers: true,
      securitySchemes: true,
      warnings: true,
      sourceFormat: true,
      operations: { orderBy: { position: "asc" }, select: { slug: true, method: true, path: true, summary: true, deprecated: true, tags: true } },
    },
  });
  return {
    api: { slug: api.slug, name: api.name, summary: api.summary, description: api.description, visibility: api.visibility, ownerTeam: api.ownerTeam },
    versions: sortVersions(api.versions).map(toSummary),
    version: {
      ...toSummary(version),
      title: version.title,
      description: version.description,
      servers: version.servers as VersionDetail["servers"],
      securitySchemes: version.securitySchemes as VersionDetail["securitySchemes"],
      tags: version.tags as VersionDetail["tags"],
      warnings: version.warnings as string[],
      sourceFormat: version.sourceFormat,
    },
    operations: version.operations.map((o) => ({ ...o, method: o.method as HttpMethod })),
  };
});

function sortVersions<T extends { importedAt: Date; releaseDate: Date | null }>(versions: T[]): T[] {
  return [...versions].sort((a, b) => (b.releaseDate ?? b.importedAt).getTime() - (a.releaseDate ?? a.importedAt).getTime());
}

export type OperationPage = ApiOverview & {
  operation: NormalizedOperation;
  schemas: Record<string, JsonSchema>;
  /** The same operation (method + path) in each version, or null where it does not exist. */
  inOtherVersions: { label: string; status: VersionStatus; slug: string | null }[];
  previous: OperationListItem | null;
  next: OperationListItem | null;
};

const templateKey = (method: string, path: string) => `${method} ${path.replace(/\{[^}]*\}/g, "{}")}`;

/** Everything an operation page shows. NotFound for unknown or hidden APIs, versions and operations. */
export const getOperationPage = cache(async (actor: Actor | null, slug: string, label: string, operationSlug: string): Promise<OperationPage> => {
  const overview = await getApiOverview(actor, slug, label);
  const row = await db.operation.findFirst({
    where: { slug: operationSlug, version: { label, api: { slug } } },
    select: { ...STORED_OPERATION, version: { select: { schemas: true } } },
  });
  if (!row) throw new NotFound("This version has no such operation.");
  const operation = toNormalizedOperation(row);
  const key = templateKey(row.method, row.path);
  const matches = await db.operation.findMany({
    where: { method: row.method, version: { api: { slug } } },
    select: { slug: true, path: true, version: { select: { label: true } } },
  });
  const inOtherVersions = overview.versions.map((v) => ({
    label: v.label,
    status: v.status,
    slug: matches.find((m) => m.version.label === v.label && templateKey(row.method, m.path) === key)?.slug ?? null,
  }));
  const tag = operation.tags[0];
  const siblings = overview.operations.filter((o) => (tag ? o.tags[0] === tag : o.tags.length === 0));
  const index = siblings.findIndex((o) => o.slug === row.slug);
  return {
    ...overview,
    operation,
    schemas: row.version.schemas as Record<string, JsonSchema>,
    inOtherVersions,
    previous: siblings[index - 1] ?? null,
    next: siblings[index + 1] ?? null,
  };
});

/**
 * The single-operation OpenAPI document the "Try it" console loads when opened, with only the
 * servers a browser can call (a relative or missing URL would send requests to the portal).
 * Null when the version names no absolute server URL. Visibility as for the page.
 */
export async function getTryItDocument(actor: Actor | null, slug: string, label: string, operationSlug: string): Promise<Record<string, unknown> | null> {
  const { version, operation, schemas } = await getOperationPage(actor, slug, label, operationSlug);
  const servers = tryItServers(version.servers);
  if (servers.length === 0) return null;
  return singleOperationDocument({ title: version.title, version: version.label, servers, securitySchemes: version.securitySchemes, schemas, operation });
}

export const tryItServers = (servers: VersionDetail["servers"]) => servers.filter((s) => /^https?:\/\//i.test(s.url));
