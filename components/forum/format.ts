/** "just now", "5 min ago", "3 h ago", "2 days ago", then the date: for forum timestamps. */
export function timeAgo(date: Date, now = new Date()): string {
  const seconds = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000));
  if (seconds < 60) return "just now";
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  if (days < 30) return `${days} day${days === 1 ? "" : "s"} ago`;
  return date.toISOString().slice(0, 10);
}

export const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
