"use client";

import { IMPACT_SCOPE_LABELS, IMPACT_SCOPES, PRIORITIES, PRIORITY_LABELS, SEVERITIES, SEVERITY_LABELS, type ImpactScope, type Priority, type PriorityMatrix, type Severity } from "@/lib/triage/priority";
import { inputClasses } from "../../ui/Field";
import { cn } from "../../ui/cn";
import { errorsUnder, FieldMessage } from "./FieldMessage";

const PRIORITY_TONES: Record<Priority, string> = {
  critical: "border-red-300 dark:border-red-800",
  high: "border-amber-300 dark:border-amber-800",
  medium: "border-brand-200 dark:border-brand-800",
  low: "border-slate-300 dark:border-slate-700",
};

/** The severity × impact grid: one priority select per cell. */
export function PriorityMatrixFields({
  matrix,
  errors,
  onChange,
}: {
  matrix: PriorityMatrix;
  errors: Record<string, string[] | undefined>;
  onChange: (severity: Severity, impact: ImpactScope, priority: Priority) => void;
}) {
  const messages = errorsUnder(errors, "matrix");
  return (
    <div>
      <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
        <table className="min-w-full text-left text-sm" aria-describedby={messages ? "matrix-error" : undefined}>
          <caption className="sr-only">Priority for each severity (rows) and impact (columns)</caption>
          <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:bg-slate-900 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-3 py-3">
                Severity ↓ · Impact →
              </th>
              {IMPACT_SCOPES.map((impact) => (
                <th key={impact} scope="col" className="px-3 py-3" title={IMPACT_SCOPE_LABELS[impact].hint}>
                  {IMPACT_SCOPE_LABELS[impact].label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {SEVERITIES.map((severity) => (
              <tr key={severity}>
                <th scope="row" className="px-3 py-2 align-top font-medium text-slate-900 dark:text-white">
                  {SEVERITY_LABELS[severity].label}
                  <span className="block max-w-48 text-xs font-normal text-slate-500 dark:text-slate-400">{SEVERITY_LABELS[severity].hint}</span>
                </th>
                {IMPACT_SCOPES.map((impact) => (
                  <td key={impact} className="px-3 py-2">
                    <select
                      aria-label={`Priority for ${SEVERITY_LABELS[severity].label.toLowerCase()} severity affecting ${IMPACT_SCOPE_LABELS[impact].label.toLowerCase()}`}
                      value={matrix[severity][impact]}
                      onChange={(e) => onChange(severity, impact, e.target.value as Priority)}
                      className={cn(inputClasses, "min-w-28 border-2 py-1.5", PRIORITY_TONES[matrix[severity][impact]])}
                    >
                      {PRIORITIES.map((p) => (
                        <option key={p} value={p}>
                          {PRIORITY_LABELS[p]}
                        </option>
                      ))}
                    </select>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FieldMessage id="matrix-error" messages={messages} />
    </div>
  );
}
