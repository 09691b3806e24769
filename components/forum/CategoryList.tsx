import Link from "next/link";
import type { ForumCategorySummary } from "@/lib/forum/categories";
import { forumHref } from "@/lib/forum/links";
import { Badge } from "../ui/Badge";
import { cn } from "../ui/cn";

/** The categories the reader may see, with their thread counts; the current one marked. */
export function CategoryList({ categories, current }: { categories: ForumCategorySummary[]; current?: string }) {
  return (
    <nav aria-labelledby="categories-heading" className="space-y-2">
      <h2 id="categories-heading" className="px-3 text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400">
        Categories
      </h2>
      <ul className="flex gap-1 overflow-x-auto lg:flex-col">
        {categories.map((c) => (
          <li key={c.slug}>
            <Link
              href={forumHref.category(c.slug)}
              aria-current={current === c.slug ? "page" : undefined}
              className={cn(
                "flex items-center justify-between gap-3 whitespace-nowrap rounded-lg px-3 py-2 text-sm",
                current === c.slug ? "bg-slate-100 font-semibold text-slate-900 dark:bg-slate-800 dark:text-white" : "text-slate-700 hover:bg-slate-50 dark:text-slate-300 dark:hover:bg-slate-900",
              )}
            >
              <span className="flex items-center gap-2">
                {c.name}
                {c.api && c.api.visibility !== "public" && <Badge tone="warning">{c.api.visibility === "partner" ? "Partners" : "Staff"}</Badge>}
              </span>
              <span className="text-xs text-slate-500 dark:text-slate-400" aria-label={`${c.threadCount} threads`}>
                {c.threadCount}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
