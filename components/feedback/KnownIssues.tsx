import Link from "next/link";
import type { PublicReportItem } from "@/lib/feedback/reports";
import { reportHref } from "@/lib/feedback/dto";
import { ReportStatusBadge } from "./ReportStatusBadge";

/** Open public reports about an operation, so a developer who hits the same problem finds it (and says so). */
export function KnownIssues({ items }: { items: PublicReportItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="known-issues" className="rounded-xl border border-amber-300 bg-amber-50/60 p-4 dark:border-amber-900 dark:bg-amber-950/30">
      <h2 id="known-issues" className="text-sm font-semibold text-amber-950 dark:text-amber-100">Known issues</h2>
      <ul className="mt-2 space-y-2 text-sm">
        {items.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <ReportStatusBadge status={r.status} />
            <Link href={reportHref(r.id)} className="min-w-0 break-words font-medium text-slate-900 hover:underline dark:text-white">
              #{r.number} {r.title}
            </Link>
            {r.affected > 0 && <span className="text-slate-600 dark:text-slate-400">· affects {r.affected} more</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
