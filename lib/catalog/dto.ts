import { docsHref } from "@/lib/links";
import type { ApiOverview, ApiSummary, OperationListItem, VersionSummary } from "./read";

// The public REST API's shapes: explicit, so internal columns never leak by accident.

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export function versionDto(api: string, v: VersionSummary) {
  return {
    label: v.label,
    status: v.status,
    releaseDate: day(v.releaseDate),
    sunsetDate: day(v.sunsetDate),
    operationCount: v.operationCount,
    url: docsHref.version(api, v.label),
  };
}

export function apiSummaryDto(api: ApiSummary) {
  return {
    slug: api.slug,
    name: api.name,
    summary: api.summary,
    visibility: api.visibility,
    defaultVersion: api.defaultVersion?.label ?? null,
    versions: api.versions.map((v) => versionDto(api.slug, v)),
    url: docsHref.api(api.slug),
  };
}

export function apiDetailDto(overview: ApiOverview) {
  return {
    slug: overview.api.slug,
    name: overview.api.name,
    summary: overview.api.summary,
    description: overview.api.description,
    visibility: overview.api.visibility,
    ownerTeam: overview.api.ownerTeam,
    defaultVersion: overview.version.label,
    versions: overview.versions.map((v) => versionDto(overview.api.slug, v)),
    url: docsHref.api(overview.api.slug),
  };
}

export function operationDto(api: string, version: string, op: OperationListItem) {
  return {
    id: op.slug,
    method: op.method.toUpperCase(),
    path: op.path,
    summary: op.summary,
    tags: op.tags,
    deprecated: op.deprecated,
    url: docsHref.operation(api, version, op.slug),
  };
}
