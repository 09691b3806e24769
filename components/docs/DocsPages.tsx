import type { Metadata } from "next";
import type { Actor } from "@/lib/auth/actor";
import { getApiOverview, getOperationPage } from "@/lib/catalog/read";
import { listKnownIssues } from "@/lib/feedback/reports";
import { forPage } from "@/lib/http/page-errors";
import { ApiOverviewView } from "./ApiOverviewView";
import { groupByTag } from "./group-by-tag";
import { OperationNav } from "./OperationNav";
import { OperationView } from "./OperationView";

// The docs pages exist twice: rendered per request for signed-in readers (app/(portal)/docs) and
// cached for visitors (app/(cached)/cached/docs); both routes render these.

export async function apiPageMetadata(actor: Actor | null, api: string, version?: string): Promise<Metadata> {
  const overview = await getApiOverview(actor, api, version).catch(() => null);
  if (!overview) return { title: "Not found" };
  return { title: version ? `${overview.api.name} ${overview.version.label}` : overview.api.name };
}

export async function ApiPage({ actor, api, version }: { actor: Actor | null; api: string; version?: string }) {
  return <ApiOverviewView overview={await forPage(getApiOverview(actor, api, version))} />;
}

type OperationParams = { api: string; version: string; operation: string };

export async function operationPageMetadata(actor: Actor | null, { api, version, operation }: OperationParams): Promise<Metadata> {
  const page = await getOperationPage(actor, api, version, operation).catch(() => null);
  if (!page) return { title: "Not found" };
  return { title: `${page.operation.summary || page.operation.operationId || page.operation.path} · ${page.api.name} ${page.version.label}` };
}

export async function OperationPage({ actor, params }: { actor: Actor | null; params: OperationParams }) {
  const page = await forPage(getOperationPage(actor, params.api, params.version, params.operation));
  return (
    <div className="grid gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
      <aside className="lg:sticky lg:top-24 lg:max-h-[calc(100dvh-8rem)] lg:overflow-y-auto lg:pr-2">
        <OperationNav
          api={page.api.slug}
          version={page.version.label}
          current={page.operation.slug}
          groups={groupByTag(page.operations).map((g) => ({
            tag: g.tag,
            items: g.operations.map((op) => ({ s: op.slug, m: op.method, t: op.summary || op.path, ...(op.deprecated ? { d: 1 as const } : {}) })),
          }))}
        />
      </aside>
      <OperationView page={page} knownIssues={await listKnownIssues(page.api.slug, page.operation.slug)} />
    </div>
  );
}
