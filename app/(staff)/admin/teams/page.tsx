import type { Metadata } from "next";
import type { ReactNode } from "react";
import { HypercareWindowsManager } from "@/components/admin/triage-config/HypercareWindowsManager";
import { RoutingRulesManager } from "@/components/admin/triage-config/RoutingRulesManager";
import { TeamsManager } from "@/components/admin/triage-config/TeamsManager";
import { PageHeader } from "@/components/ui/PageHeader";
import { staffPageActor } from "@/lib/auth/page-access";
import { listCatalogForStaff } from "@/lib/catalog/list-for-staff";
import { listHypercareWindows } from "@/lib/triage/hypercare";
import { listRoutingRules } from "@/lib/triage/routing";
import { loadTriageSettings } from "@/lib/triage/settings";
import { listTeams } from "@/lib/triage/teams";
import { listStaff } from "@/lib/users/admin";

export const metadata: Metadata = { title: "Teams & routing" };

function Section({ id, title, description, children }: { id: string; title: string; description: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4">
      <div className="space-y-1">
        <h2 id={id} className="text-xl font-semibold text-slate-900 dark:text-white">
          {title}
        </h2>
        <p className="max-w-2xl text-sm text-slate-600 dark:text-slate-400">{description}</p>
      </div>
      {children}
    </section>
  );
}

export default async function TeamsAndRoutingPage() {
  const actor = await staffPageActor("/admin/teams", ["admin"]);
  const [teams, staff, rules, windows, catalog, settings] = await Promise.all([
    listTeams(actor),
    listStaff(actor),
    listRoutingRules(actor),
    listHypercareWindows(actor),
    listCatalogForStaff(actor),
    loadTriageSettings(),
  ]);
  const apis = catalog.map(({ id, name, slug }) => ({ id, name, slug }));
  const versions = catalog.flatMap((api) => api.versions.map((v) => ({ id: v.id, label: v.label, apiName: api.name, apiSlug: api.slug })));

  return (
    <div className="space-y-12">
      <PageHeader
        title="Teams & routing"
        description="Who owns incoming feedback. Routing rules send each new item to a team; hypercare windows shorten the SLA targets while a version launches. Every change is audited."
      />

      <Section id="teams" title="Teams" description="Staff are assigned items within their teams. Exactly one team is the default: it takes every item that no routing rule sends elsewhere.">
        <TeamsManager teams={teams} staff={staff} />
      </Section>

      <Section
        id="routing-rules"
        title="Routing rules"
        description="Tried from top to bottom when an item arrives; the first rule whose every condition holds decides the team. Changes apply to new items within 30 seconds."
      >
        <RoutingRulesManager
          rules={rules.map((r) => ({
            id: r.id,
            position: r.position,
            enabled: r.enabled,
            teamId: r.team.id,
            teamName: r.team.name,
            apiId: r.apiId,
            operationPattern: r.operationPattern,
            category: r.category,
            keyword: r.keyword,
            conditions: r.conditions,
          }))}
          teams={teams.map(({ id, name, isDefault }) => ({ id, name, isDefault }))}
          apis={apis}
        />
      </Section>

      <Section
        id="hypercare"
        title="Hypercare windows"
        description="The launch weeks of an API version. Items filed on that version during its window get their SLA targets multiplied by the window's factor."
      >
        <HypercareWindowsManager
          versions={versions}
          windows={windows.map(({ id, versionId, startsAt, endsAt, factor, state, itemCount }) => ({ id, versionId, startsAt, endsAt, factor, state, itemCount }))}
          defaultFactor={settings.hypercareFactor}
        />
      </Section>
    </div>
  );
}
