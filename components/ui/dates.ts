/** Dates as the portal shows them, in UTC so every reader and every server agrees. */

/** "2026-11-27" */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** "2026-11-27 09:30 UTC" */
export const utcTime = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/**
 * "just now", "5 min ago", "3 h ago", then days, then the date. `compact` (the notification
 * bell) says "2 d ago" and gives the date after a week; otherwise "2 days ago" for a month.
 * An unreadable date gives "".
 */
export function timeAgo(when: Date | string, options: { now?: Date | number; compact?: boolean } = {}): string {
  const then = new Date(when).getTime();
  if (Number.isNaN(then)) return "";
  const seconds = Math.max(0, Math.round((Number(options.now ?? Date.now()) - then) / 1000));
  if (seconds < 60) return "just now";
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  if (options.compact && days < 7) return `${days} d ago`;
  if (!options.compact && days < 30) return `${days} day${days === 1 ? "" : "s"} ago`;
  return isoDay(new Date(then));
}
