"use client";

import { PRIORITIES, PRIORITY_LABELS, type Priority } from "@/lib/triage/priority";
import { inputClasses } from "../../ui/Field";
import { cn } from "../../ui/cn";
import { DURATION_UNIT_LABELS, DURATION_UNITS, type DurationUnit } from "./durations";
import { errorsUnder, FieldMessage } from "./FieldMessage";
import type { DurationDraft, TargetDraft } from "./settings-draft";

const NEXT_RELEASE = "next-release";

function DurationInput({
  id,
  label,
  value,
  errors,
  allowNextRelease,
  nextRelease,
  onChange,
}: {
  id: string;
  label: string;
  value: DurationDraft;
  errors?: string[];
  allowNextRelease?: boolean;
  nextRelease?: boolean;
  /** The amount and unit, and whether "next release" (no clock) is chosen instead. */
  onChange: (value: DurationDraft, nextRelease: boolean) => void;
}) {
  const errorId = `${id}-error`;
  return (
    <div>
      <div className="flex gap-2">
        {!nextRelease && (
          <input
            id={id}
            inputMode="decimal"
            aria-label={`${label}: amount`}
            aria-invalid={errors ? true : undefined}
            aria-describedby={errors ? errorId : undefined}
            value={value.amount}
            onChange={(e) => onChange({ ...value, amount: e.target.value }, false)}
            className={cn(inputClasses, "w-20 py-1.5 tabular-nums")}
          />
        )}
        <select
          aria-label={`${label}: unit`}
          value={nextRelease ? NEXT_RELEASE : value.unit}
          onChange={(e) => (e.target.value === NEXT_RELEASE ? onChange(value, true) : onChange({ ...value, unit: e.target.value as DurationUnit }, false))}
          className={cn(inputClasses, "w-auto py-1.5")}
        >
          {DURATION_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {DURATION_UNIT_LABELS[unit]}
            </option>
          ))}
          {allowNextRelease && <option value={NEXT_RELEASE}>next release (no clock)</option>}
        </select>
      </div>
      <FieldMessage id={errorId} messages={errors} />
    </div>
  );
}

/** First-response and resolution targets per priority, typed in minutes, hours or days. */
export function SlaTargetsFields({
  targets,
  errors,
  onChange,
}: {
  targets: Record<Priority, TargetDraft>;
  errors: Record<string, string[] | undefined>;
  onChange: (priority: Priority, target: TargetDraft) => void;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">SLA targets per priority</caption>
        <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:bg-slate-900 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-3">Priority</th>
            <th scope="col" className="px-3 py-3">First response within</th>
            <th scope="col" className="px-3 py-3">Resolution within</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {PRIORITIES.map((priority) => {
            const target = targets[priority];
            const label = PRIORITY_LABELS[priority];
            return (
              <tr key={priority} className="align-top">
                <th scope="row" className="px-3 py-3 font-medium text-slate-900 dark:text-white">
                  {label}
                </th>
                <td className="px-3 py-2">
                  <DurationInput
                    id={`target-${priority}-response`}
                    label={`${label} first response`}
                    value={target.firstResponse}
                    errors={errorsUnder(errors, `targets.${priority}.firstResponseMinutes`)}
                    onChange={(firstResponse) => onChange(priority, { ...target, firstResponse })}
                  />
                </td>
                <td className="px-3 py-2">
                  <DurationInput
                    id={`target-${priority}-resolution`}
                    label={`${label} resolution`}
                    value={target.resolution}
                    allowNextRelease
                    nextRelease={target.nextRelease}
                    errors={errorsUnder(errors, `targets.${priority}.resolutionMinutes`)}
                    onChange={(resolution, nextRelease) => onChange(priority, { ...target, resolution, nextRelease })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
