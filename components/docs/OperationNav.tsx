"use client";

import Link from "next/link";
import { docsHref } from "@/lib/links";
import { cn } from "../ui/cn";
import { CollapsibleOnPhones } from "./CollapsibleOnPhones";
import { MethodBadge } from "./MethodBadge";

/** One operation in the nav, in short keys: a large API lists hundreds on every one of its pages. */
export type NavItem = { s: string; m: string; t: string; d?: 1 };
export type NavGroup = { tag: string; items: NavItem[] };

/**
 * The version's operations by tag; on phones it folds behind a button above the content. A client
 * component (rendered on the server too) so that the page's React payload carries this compact
 * list once instead of a tree of hundreds of links.
 */
export function OperationNav({ api, version, groups, current }: { api: string; version: string; groups: NavGroup[]; current?: string }) {
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <CollapsibleOnPhones label={`All operations (${count})`}>
      <nav aria-label="Operations" className="space-y-5 text-sm">
        {groups.map((group) => (
          <div key={group.tag}>
            <p className="px-2 text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400">{group.tag}</p>
            <ul className="mt-1.5 space-y-0.5">
              {group.items.map((op) => (
                <li key={op.s}>
                  <Link href={docsHref.operation(api, version, op.s)} aria-current={op.s === current ? "page" : undefined} className={cn("op-link", op.d && "deprecated")}>
                    <MethodBadge method={op.m} small />
                    <span>{op.t}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
    </CollapsibleOnPhones>
  );
}
