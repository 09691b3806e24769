import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/admin/ImportForm";
import { Badge } from "@/components/ui/Badge";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { staffPageActor } from "@/lib/auth/page-access";
import { VERSION_STATUS_LABELS, VISIBILITY_LABELS } from "@/lib/catalog/labels";
import { listCatalogForStaff, type StaffApiSummary, type StaffVersionSummary } from "@/lib/catalog/list-for-staff";

export const metadata: Metadata = { title: "APIs" };

const CLI_COMMAND = "npm run import-openapi -- <file-or-folder> --api <slug>";

const VISIBILITY_TONES = { public: "neutral", partner: "brand", staff: "warning" } as const;
const STATUS_TONES = { beta: "brand", current: "neutral", deprecated: "warning", retired: "danger" } as const;

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function VersionRow({ version }: { version: StaffVersionSummary }) {
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 px-5 py-2.5 text-sm">
      <span className="font-mono font-medium text-slate-900 dark:text-white">{version.label}</span>
      <Badge tone={STATUS_TONES[version.status]}>{VERSION_STATUS_LABELS[version.status]}</Badge>
      <span className="tabular-nums text-slate-700 dark:text-slate-300">
        {version.operationCount === 1 ? "1 operation" : `${version.operationCount} operations`}
      </span>
      <span className="text-slate-600 dark:text-slate-400">
        {version.sourceFormat}, imported <time dateTime={version.importedAt.toISOString()}>{formatDate(version.importedAt)}</time>
      </span>
      {version.warningCount > 0 && (
        <span className="text-amber-800 dark:text-amber-300">
          {version.warningCount === 1 ? "1 warning" : `${version.warningCount} warnings`}
        </span>
      )}
    </li>
  );
}

function ApiCard({ api }: { api: StaffApiSummary }) {
  return (
    <Card flush>
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 px-5 py-4 dark:border-slate-800">
        <div className="min-w-0 space-y-1">
          <h3 className="font-semibold text-slate-900 dark:text-white">
            <Link href={`/docs/${encodeURIComponent(api.slug)}`} className="hover:underline">
              {api.name}
            </Link>
          </h3>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            <code>{api.slug}</code>
            {api.ownerTeam && <> · owned by {api.ownerTeam}</>}
          </p>
        </div>
        <Badge tone={VISIBILITY_TONES[api.visibility]}>{VISIBILITY_LABELS[api.visibility]}</Badge>
      </div>
      {api.versions.length === 0 ? (
        <p className="px-5 py-3 text-sm text-slate-600 dark:text-slate-400">No versions imported.</p>
      ) : (
        <ul aria-label={`Versions of ${api.name}`} className="divide-y divide-slate-200 dark:divide-slate-800">
          {api.versions.map((version) => (
            <VersionRow key={version.id} version={version} />
          ))}
        </ul>
      )}
    </Card>
  );
}

export default async function StaffApisPage() {
  const actor = await staffPageActor("/admin/apis", ["admin"]);
  const apis = await listCatalogForStaff(actor);

  return (
    <div className="space-y-10">
      <PageHeader
        title="APIs"
        description="Every API in the catalog, whatever its visibility. Import an OpenAPI document to add an API or a version, or to update one."
      />

      <section aria-labelledby="catalog-heading" className="space-y-3">
        <h2 id="catalog-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
          Catalog
        </h2>
        {apis.length === 0 ? (
          <EmptyState title="No APIs yet">
            <p>
              Import an OpenAPI document with the{" "}
              <a href="#import-heading" className="font-medium text-brand-700 hover:underline dark:text-brand-300">
                form below
              </a>
              , or from a terminal on the server:
            </p>
            <pre className="mt-3 overflow-x-auto rounded-lg bg-slate-100 px-3 py-2 text-left text-xs text-slate-800 dark:bg-slate-800 dark:text-slate-100">
              <code>{CLI_COMMAND}</code>
            </pre>
          </EmptyState>
        ) : (
          <div className="space-y-4">
            {apis.map((api) => (
              <ApiCard key={api.id} api={api} />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="import-heading" className="space-y-4">
        <div className="space-y-1">
          <h2 id="import-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
            Import an OpenAPI document
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            The same document twice changes nothing; a new one replaces the version&apos;s operations at once. From a terminal:{" "}
            <code className="text-xs">{CLI_COMMAND}</code>
          </p>
        </div>
        <Card>
          <ImportForm knownApis={apis.map((api) => api.slug)} />
        </Card>
      </section>
    </div>
  );
}
