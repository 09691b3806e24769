import "server-only";
import { recordAudit } from "../audit/record";
import { requireRole, requireStaff, type Actor } from "../auth/authorize";
import { db } from "../db";
import { Conflict, Invalid, NotFound } from "../errors";
import { fieldErrorsOf } from "../validation";
import { configCache } from "./config-cache";
import { lockTriageConfig } from "./config-lock";
import { hypercareWindowSchema } from "./config-schemas";
import { loadTriageSettings } from "./settings";

// Hypercare windows: an admin marks the weeks after a version's launch, and items filed on that
// version during the window get their SLA targets multiplied by the window's factor (0.5 halves them).

type Context = { ip?: string | null };

export type HypercareWindowState = "upcoming" | "active" | "ended";

export type HypercareWindowSummary = {
  id: string;
  versionId: string;
  versionLabel: string;
  api: { id: string; slug: string; name: string };
  startsAt: Date;
  endsAt: Date;
  factor: number;
  state: HypercareWindowState;
  /** Items filed during the window (their targets were shortened). */
  itemCount: number;
  createdBy: string | null;
  createdAt: Date;
};

/** What intake needs to shorten an item's targets. */
export type ActiveHypercareWindow = { id: string; factor: number; startsAt: Date; endsAt: Date };

export function windowState(window: { startsAt: Date; endsAt: Date }, at: Date = new Date()): HypercareWindowState {
  if (at < window.startsAt) return "upcoming";
  return at < window.endsAt ? "active" : "ended";
}

/** The key of `windowsByVersion`: an API id and a version label. */
export const hypercareVersionKey = (apiId: string, versionLabel: string) => `${apiId}@${versionLabel}`;

const CACHE_MS = 30_000;

// Every window, for intake: a portal has a handful per launch, so all of them fit in memory.
const windowCache = configCache(CACHE_MS, async () => {
  const rows = await db.hypercareWindow.findMany({
    select: { id: true, factor: true, startsAt: true, endsAt: true, version: { select: { apiId: true, label: true } } },
  });
  return rows.map(({ version, ...window }) => ({ ...window, key: hypercareVersionKey(version.apiId, version.label) }));
});

/**
 * The window of this API version that is open at `at` (start inclusive, end exclusive), or null.
 * Read from a copy at most 30 s old, since intake asks for every new item.
 */
export async function activeWindowFor(apiId: string | null, versionLabel: string | null, at: Date): Promise<ActiveHypercareWindow | null> {
  if (!apiId || !versionLabel) return null;
  const key = hypercareVersionKey(apiId, versionLabel);
  const window = (await windowCache.get()).find((w) => w.key === key && w.startsAt <= at && at < w.endsAt);
  return window ? { id: window.id, factor: window.factor, startsAt: window.startsAt, endsAt: window.endsAt } : null;
}

export function clearHypercareCache(): void {
  windowCache.clear();
}

const WINDOW_SELECT = {
  id: true,
  versionId: true,
  startsAt: true,
  endsAt: true,
  factor: true,
  createdById: true,
  createdAt: true,
  version: { select: { label: true, api: { select: { id: true, slug: true, name: true } } } },
  _count: { select: { items: true } },
} as const;

type WindowRow = {
  id: string;
  versionId: string;
  startsAt: Date;
  endsAt: Date;
  factor: number;
  createdById: string | null;
  createdAt: Date;
  version: { label: string; api: { id: string; slug: string; name: string } };
  _count: { items: number };
};

async function summaries(rows: WindowRow[], now = new Date()): Promise<HypercareWindowSummary[]> {
  const creatorIds = [...new Set(rows.map((r) => r.createdById).filter((id): id is string => Boolean(id)))];
  const creators = new Map(
    (creatorIds.length ? await db.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, email: true } }) : []).map((u) => [u.id, u.email]),
  );
  return rows.map(({ version, _count, createdById, ...window }) => ({
    ...window,
    versionLabel: version.label,
    api: version.api,
    state: windowState(window, now),
    itemCount: _count.items,
    createdBy: createdById ? (creators.get(createdById) ?? null) : null,
  }));
}

/** Every window, newest start first. Any staff member may read them. */
export async function listHypercareWindows(actor: Actor | null): Promise<HypercareWindowSummary[]> {
  requireStaff(actor);
  const rows = await db.hypercareWindow.findMany({ orderBy: [{ startsAt: "desc" }, { id: "asc" }], select: WINDOW_SELECT });
  return summaries(rows);
}

/** Windows grouped by API version (key: `hypercareVersionKey`), for the queue and the item view. */
export async function windowsByVersion(actor: Actor | null): Promise<Record<string, HypercareWindowSummary[]>> {
  const grouped: Record<string, HypercareWindowSummary[]> = {};
  for (const window of await listHypercareWindows(actor)) {
    (grouped[hypercareVersionKey(window.api.id, window.versionLabel)] ??= []).push(window);
  }
  return grouped;
}

const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/**
 * Marks a hypercare window on an API version. The factor defaults to the settings' hypercare factor;
 * windows on the same version may not overlap (which factor would apply?). Admins only; audited.
 */
export async function createHypercareWindow(actor: Actor | null, input: unknown, context: Context = {}): Promise<HypercareWindowSummary> {
  const admin = requireRole(actor, "admin");
  const parsed = hypercareWindowSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the hypercare window.", fieldErrorsOf(parsed.error));
  const { versionId, startsAt, endsAt } = parsed.data;
  const factor = parsed.data.factor ?? (await loadTriageSettings()).hypercareFactor;
  const id = await db.$transaction(async (tx) => {
    await lockTriageConfig(tx, "hypercare");
    const version = await tx.apiVersion.findUnique({ where: { id: versionId }, select: { label: true, api: { select: { slug: true } } } });
    if (!version) throw new Invalid("Check the hypercare window.", { versionId: ["No API version with this id: choose one from the catalog."] });
    const overlapping = await tx.hypercareWindow.findFirst({
      where: { versionId, startsAt: { lt: endsAt }, endsAt: { gt: startsAt } },
      orderBy: { startsAt: "asc" },
      select: { startsAt: true, endsAt: true },
    });
    if (overlapping) {
      throw new Conflict(
        `${version.api.slug} ${version.label} already has a hypercare window from ${utc(overlapping.startsAt)} to ${utc(overlapping.endsAt)}. Windows on one version cannot overlap: change the dates or delete that window first.`,
      );
    }
    const created = await tx.hypercareWindow.create({ data: { versionId, startsAt, endsAt, factor, createdById: admin.id }, select: { id: true } });
    await recordAudit(tx, {
      actor: admin,
      action: "hypercare_window.create",
      target: { type: "hypercare_window", id: created.id },
      data: { api: version.api.slug, version: version.label, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), factor },
      ip: context.ip,
    });
    return created.id;
  });
  clearHypercareCache();
  const [summary] = await summaries([await db.hypercareWindow.findUniqueOrThrow({ where: { id }, select: WINDOW_SELECT })]);
  return summary!;
}

/** Deletes a window. Items filed during it keep the targets they were given. Admins only; audited. */
export async function deleteHypercareWindow(actor: Actor | null, windowId: string, context: Context = {}): Promise<void> {
  const admin = requireRole(actor, "admin");
  await db.$transaction(async (tx) => {
    await lockTriageConfig(tx, "hypercare");
    const window = await tx.hypercareWindow.findUnique({
      where: { id: windowId },
      select: { startsAt: true, endsAt: true, factor: true, version: { select: { label: true, api: { select: { slug: true } } } } },
    });
    if (!window) throw new NotFound("No hypercare window with this id.");
    await tx.hypercareWindow.delete({ where: { id: windowId } });
    await recordAudit(tx, {
      actor: admin,
      action: "hypercare_window.delete",
      target: { type: "hypercare_window", id: windowId },
      data: { api: window.version.api.slug, version: window.version.label, startsAt: window.startsAt.toISOString(), endsAt: window.endsAt.toISOString(), factor: window.factor },
      ip: context.ip,
    });
  });
  clearHypercareCache();
}
