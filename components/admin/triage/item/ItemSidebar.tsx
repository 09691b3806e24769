"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Badge } from "@/components/ui/Badge";
import { Card } from "@/components/ui/Card";
import { inputClasses, labelClasses } from "@/components/ui/Field";
import { TRIAGE_CATEGORIES, TRIAGE_CATEGORY_LABELS } from "@/lib/triage/classifier/categories";
import type { ItemDetail } from "@/lib/triage/item-detail";
import type { AssignablePerson, TeamOption } from "@/lib/triage/people";
import { IMPACT_SCOPE_LABELS, IMPACT_SCOPES, PRIORITY_LABELS, SEVERITIES, SEVERITY_LABELS, type Priority } from "@/lib/triage/priority";
import { formatRemaining } from "@/lib/triage/sla";
import { send, itemUrl } from "./send";

const SLA_TONE = { breached: "danger", at_risk: "warning", running: "neutral", paused: "neutral", met: "brand" } as const;

/** Category, severity × impact, owner and SLA of an item; every change saves at once. */
export function ItemSidebar({ detail, people }: { detail: ItemDetail; people: { staff: AssignablePerson[]; teams: TeamOption[] } }) {
  const { item, sla } = detail;
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function change(patch: Record<string, unknown>) {
    setSaving(true);
    setError(null);
    const failure = await send(itemUrl(item.id), "PATCH", patch);
    setSaving(false);
    if (failure) setError(failure);
    router.refresh();
  }

  const select = (name: string, label: string, value: string, options: [string, string][], onChange: (v: string) => void) => (
    <div>
      <label htmlFor={`item-${name}`} className={labelClasses}>{label}</label>
      <select id={`item-${name}`} name={name} className={inputClasses} value={value} disabled={saving} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>{text}</option>
        ))}
      </select>
    </div>
  );

  return (
    <aside aria-label="Triage fields" className="space-y-4">
      <Card className="space-y-4">
        <div className="flex items-center justify-between gap-2">
          <span className="text-sm font-medium text-slate-700 dark:text-slate-300">Priority</span>
          {item.priority ? <Badge tone={item.priority === "critical" ? "danger" : item.priority === "high" ? "warning" : "neutral"}>{PRIORITY_LABELS[item.priority as Priority]}{item.severity ? "" : " (suggested)"}</Badge> : <Badge>Not set</Badge>}
        </div>
        {sla && (
          <div className="flex items-center justify-between gap-2" data-testid="item-sla">
            <span className="text-sm font-medium text-slate-700 dark:text-slate-300">{sla.clock === "response" ? "First response" : "Resolution"}</span>
            <Badge tone={SLA_TONE[sla.state.state]}>
              {sla.state.state === "paused" ? "Paused (waiting on reporter)" : sla.state.state === "met" ? "Met" : formatRemaining(sla.state.remainingMinutes)}
            </Badge>
          </div>
        )}
        {item.suggestedSeverity && !item.severity && (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Suggested severity: <strong>{SEVERITY_LABELS[item.suggestedSeverity].label}</strong>
            {item.severityReasons.length > 0 && <> — {item.severityReasons.join("; ")}</>}
          </p>
        )}
        {select("category", item.categoryByStaff || item.categoryConfidence === null ? "Category" : `Category (automatic, ${Math.round(item.categoryConfidence * 100)} %)`, item.category ?? "", [["", "Not set"], ...TRIAGE_CATEGORIES.map((c): [string, string] => [c, TRIAGE_CATEGORY_LABELS[c]])], (v) => v && change({ category: v }))}
        {select("severity", "Severity", item.severity ?? "", [["", "Not set"], ...SEVERITIES.map((s): [string, string] => [s, SEVERITY_LABELS[s].label])], (v) => change({ severity: v || null }))}
        {select("impactScope", "Impact", item.impactScope ?? "", [["", "Not set"], ...IMPACT_SCOPES.map((s): [string, string] => [s, IMPACT_SCOPE_LABELS[s].label])], (v) => change({ impactScope: v || null }))}
        {select("assignee", "Assignee", item.assigneeId ?? "", [["", "Unassigned"], ...people.staff.map((p): [string, string] => [p.id, p.name])], (v) => change({ assigneeId: v || null }))}
        {select("team", "Team", item.teamId ?? "", [["", "No team"], ...people.teams.map((t): [string, string] => [t.id, t.name])], (v) => change({ teamId: v || null }))}
        {item.labels.length > 0 && (
          <div className="flex flex-wrap gap-1">
            {item.labels.map((l) => <Badge key={l}>{l}</Badge>)}
          </div>
        )}
        {error && <Alert tone="error">{error}</Alert>}
      </Card>
      <Related detail={detail} />
    </aside>
  );
}

function Related({ detail }: { detail: ItemDetail }) {
  const link = "text-brand-700 hover:underline dark:text-brand-300";
  return (
    <Card className="space-y-4 text-sm">
      <div>
        <h2 className="font-semibold text-slate-900 dark:text-white">Reporter</h2>
        <p className="text-slate-700 dark:text-slate-300">{detail.reporter ? `${detail.reporter.name ?? ""} ${detail.reporter.email}`.trim() : "A visitor"}</p>
        {detail.otherReports.length > 0 && (
          <ul className="mt-1 space-y-1">
            {detail.otherReports.map((o) => (
              <li key={o.number}><a className={link} href={`/admin/triage/${o.number}`}>T-{o.number}</a> {o.title} <span className="text-slate-500">({o.status.replace(/_/g, " ")})</span></li>
            ))}
          </ul>
        )}
      </div>
      {detail.relatedThreads.length > 0 && (
        <div>
          <h2 className="font-semibold text-slate-900 dark:text-white">Related forum threads</h2>
          <ul className="mt-1 space-y-1">
            {detail.relatedThreads.map((t) => (
              <li key={t.number}><a className={link} href={`/forum/t/${t.number}`}>{t.title}</a> <span className="text-slate-500">({t.replyCount} replies)</span></li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
