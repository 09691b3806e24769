import "server-only";
import { db } from "../db";
import { requireRole, type Actor } from "../auth/authorize";
import type { VERSION_STATUSES, VISIBILITIES } from "./schemas";

export type StaffVersionSummary = {
  id: string;
  label: string;
  status: (typeof VERSION_STATUSES)[number];
  operationCount: number;
  importedAt: Date;
  sourceFormat: string;
  warningCount: number;
};

export type StaffApiSummary = {
  id: string;
  slug: string;
  name: string;
  visibility: (typeof VISIBILITIES)[number];
  ownerTeam: string | null;
  /** Newest import first. */
  versions: StaffVersionSummary[];
};

/** Every API whatever its visibility, with its versions, as the staff catalog page lists them. Admins only. */
export async function listCatalogForStaff(actor: Actor | null): Promise<StaffApiSummary[]> {
  requireRole(actor, "admin");
  const apis = await db.api.findMany({
    orderBy: [{ name: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      visibility: true,
      ownerTeam: true,
      versions: {
        orderBy: [{ importedAt: "desc" }, { label: "asc" }],
        select: {
          id: true,
          label: true,
          status: true,
          importedAt: true,
          sourceFormat: true,
          warnings: true,
          _count: { select: { operations: true } },
        },
      },
    },
  });
  return apis.map(({ versions, ...api }) => ({
    ...api,
    versions: versions.map(({ warnings, _count, ...version }) => ({
      ...version,
      operationCount: _count.operations,
      warningCount: Array.isArray(warnings) ? warnings.length : 0,
    })),
  }));
}
