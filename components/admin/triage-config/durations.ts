/** SLA targets are stored in minutes; admins read and type them in minutes, hours or days. */

export const DURATION_UNITS = ["minutes", "hours", "days"] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

const MINUTES_PER: Record<DurationUnit, number> = { minutes: 1, hours: 60, days: 24 * 60 };

export const DURATION_UNIT_LABELS: Record<DurationUnit, string> = { minutes: "minutes", hours: "hours", days: "days" };

/** 240 → {amount: "4", unit: "hours"}: the largest unit that divides the target evenly. */
export function toFriendlyDuration(minutes: number): { amount: string; unit: DurationUnit } {
  const unit = minutes % MINUTES_PER.days === 0 ? "days" : minutes % MINUTES_PER.hours === 0 ? "hours" : "minutes";
  return { amount: String(minutes / MINUTES_PER[unit]), unit };
}

/** "1.5" hours → 90. Anything that is not a number gives NaN, which the settings schema reports. */
export function toMinutes(amount: string, unit: DurationUnit): number {
  const text = amount.trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(text)) return Number.NaN;
  return Math.round(Number(text) * MINUTES_PER[unit]);
}

/** 15 → "15 min", 240 → "4 h", 7200 → "5 days", 90 → "1 h 30 min". */
export function describeMinutes(minutes: number): string {
  const days = Math.floor(minutes / MINUTES_PER.days);
  const hours = Math.floor((minutes % MINUTES_PER.days) / 60);
  const rest = minutes % 60;
  const parts = [days ? `${days} ${days === 1 ? "day" : "days"}` : "", hours ? `${hours} h` : "", rest ? `${rest} min` : ""].filter(Boolean);
  return parts.join(" ") || "0 min";
}
