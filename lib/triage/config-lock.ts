import "server-only";
import type { Tx } from "../db";

/**
 * Serializes changes to one part of the triage configuration until the transaction ends. Some rules
 * span rows ("exactly one default team", "no overlapping windows on a version", rule positions), and
 * two admins saving at once must not both pass the check before either writes.
 */
export async function lockTriageConfig(tx: Tx, part: "teams" | "routing" | "hypercare"): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`triage-config:${part}`}))`;
}
