import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between sm:px-6 dark:text-slate-400">
        <p>Hypercare Portal: API docs, keys and feedback in one place.</p>
        <Link href="/api/health" className="hover:text-slate-900 dark:hover:text-white" prefetch={false}>
          Service health
        </Link>
      </div>
    </footer>
  );
}
