import "server-only";
import { recordAudit } from "../audit/record";
import { requireRole, requireStaff, type Actor } from "../auth/authorize";
import { db } from "../db";
import { Invalid } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { fieldErrorsOf } from "../validation";
import { configCache } from "./config-cache";
import { DEFAULT_TRIAGE_SETTINGS, triageSettingsSchema, type TriageSettings } from "./settings-schema";

// The admins' triage settings live in one row (id 1). Until an admin saves, the issue's defaults apply.

const SETTINGS_ID = 1;
const CACHE_MS = 30_000;

/** The stored settings, or the defaults when none are stored or the stored ones no longer parse. */
async function readStoredSettings(): Promise<TriageSettings> {
  const row = await db.triageSettings.findUnique({ where: { id: SETTINGS_ID }, select: { data: true } });
  if (!row) return DEFAULT_TRIAGE_SETTINGS;
  const parsed = triageSettingsSchema.safeParse(row.data);
  // A row written by an older version of the schema must not stop intake: fall back, and the admin page shows the defaults to save again.
  return parsed.success ? parsed.data : DEFAULT_TRIAGE_SETTINGS;
}

const settingsCache = configCache(CACHE_MS, readStoredSettings);

/** The settings intake and the SLA clocks use; at most 30 s old on other instances. */
export function loadTriageSettings(): Promise<TriageSettings> {
  return settingsCache.get();
}

export type TriageSettingsView = {
  settings: TriageSettings;
  /** False until an admin saves: the defaults are in force. */
  saved: boolean;
  updatedAt: Date | null;
  updatedBy: { id: string; email: string; name: string | null } | null;
  canEdit: boolean;
};

/** The settings as stored, with who saved them last. Any staff member may read them; admins may edit. */
export async function getTriageSettingsForAdmin(actor: Actor | null): Promise<TriageSettingsView> {
  const staff = requireStaff(actor);
  const row = await db.triageSettings.findUnique({ where: { id: SETTINGS_ID }, select: { data: true, updatedAt: true, updatedById: true } });
  const parsed = row ? triageSettingsSchema.safeParse(row.data) : null;
  const updatedBy = row?.updatedById
    ? await db.user.findUnique({ where: { id: row.updatedById }, select: { id: true, email: true, name: true } })
    : null;
  return {
    settings: parsed?.success ? parsed.data : DEFAULT_TRIAGE_SETTINGS,
    saved: Boolean(parsed?.success),
    updatedAt: row?.updatedAt ?? null,
    updatedBy,
    canEdit: staff.role === "admin",
  };
}

/**
 * Replaces the settings (matrix, targets, calendar, hypercare factor). Admins only; audited with the
 * settings before and after. New items use them at once on this instance, within 30 s elsewhere;
 * items already filed keep the targets they were given.
 */
export async function saveTriageSettings(actor: Actor | null, input: unknown, context: { ip?: string | null } = {}): Promise<TriageSettingsView> {
  const admin = requireRole(actor, "admin");
  const parsed = triageSettingsSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the triage settings.", fieldErrorsOf(parsed.error));
  const after = parsed.data;
  await db.$transaction(async (tx) => {
    const previous = await tx.triageSettings.findUnique({ where: { id: SETTINGS_ID }, select: { data: true } });
    const data = after as unknown as Prisma.InputJsonObject;
    await tx.triageSettings.upsert({
      where: { id: SETTINGS_ID },
      create: { id: SETTINGS_ID, data, updatedById: admin.id },
      update: { data, updatedById: admin.id },
    });
    await recordAudit(tx, {
      actor: admin,
      action: "triage.settings.update",
      target: { type: "triage_settings", id: String(SETTINGS_ID) },
      data: { before: (previous?.data ?? null) as Prisma.InputJsonValue | null, after: data },
      ip: context.ip,
    });
  });
  settingsCache.clear();
  return getTriageSettingsForAdmin(admin);
}
