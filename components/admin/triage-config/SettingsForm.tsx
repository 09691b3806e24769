"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { triageSettingsSchema, DEFAULT_TRIAGE_SETTINGS, type TriageSettings } from "@/lib/triage/settings-schema";
import { fieldErrorsOf } from "@/lib/validation";
import { Alert } from "../../ui/Alert";
import { Button } from "../../ui/Button";
import { inputClasses, labelClasses } from "../../ui/Field";
import { cn } from "../../ui/cn";
import { CalendarFields } from "./CalendarFields";
import { configApi, send, type FieldErrors } from "./config-client";
import { errorsUnder, FieldMessage } from "./FieldMessage";
import { PriorityMatrixFields } from "./PriorityMatrixFields";
import { draftOf, settingsInputOf, type SettingsDraft } from "./settings-draft";
import { SlaTargetsFields } from "./SlaTargetsFields";

function Section({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <div className="space-y-1">
        <h2 className="text-lg font-semibold text-slate-900 dark:text-white">{title}</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>
      </div>
      {children}
    </section>
  );
}

function DecimalField({ id, label, hint, value, errors, onChange }: { id: string; label: string; hint: string; value: string; errors?: string[]; onChange: (value: string) => void }) {
  return (
    <div>
      <label htmlFor={id} className={labelClasses}>
        {label}
      </label>
      <input
        id={id}
        inputMode="decimal"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : `${id}-hint`}
        className={cn(inputClasses, "mt-1.5 w-28 tabular-nums")}
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {hint}
      </p>
      <FieldMessage id={`${id}-error`} messages={errors} />
    </div>
  );
}

/**
 * The admins' triage settings: priority matrix, SLA targets, clock calendar, hypercare factor and
 * at-risk share. Checked in the browser with the same schema the server uses, then saved in one PUT.
 */
export function SettingsForm({ settings }: { settings: TriageSettings }) {
  const router = useRouter();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [state, setState] = useState<{ kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string }>({ kind: "idle" });

  const update = (patch: Partial<SettingsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (state.kind === "saved") setState({ kind: "idle" });
  };

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = triageSettingsSchema.safeParse(settingsInputOf(draft));
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setState({ kind: "error", message: "Some settings need fixing: see the messages below." });
      return;
    }
    setErrors({});
    setState({ kind: "saving" });
    const result = await send<{ settings: TriageSettings }>("PUT", configApi.settings, parsed.data);
    if (!result.ok) {
      setErrors(result.errors);
      setState({ kind: "error", message: result.message });
      return;
    }
    if (result.data?.settings) setDraft(draftOf(result.data.settings));
    setState({ kind: "saved" });
    router.refresh();
  }

  return (
    <form onSubmit={save} noValidate className="space-y-6">
      <Section title="Priority" description="Staff set an item's severity and impact; this grid turns them into its priority, which orders the queue and picks the SLA targets.">
        <PriorityMatrixFields
          matrix={draft.matrix}
          errors={errors}
          onChange={(severity, impact, priority) => update({ matrix: { ...draft.matrix, [severity]: { ...draft.matrix[severity], [impact]: priority } } })}
        />
      </Section>

      <Section
        title="SLA targets"
        description="How soon each priority gets a first response from staff and a resolution. Choose “next release” when an item has no resolution deadline."
      >
        <SlaTargetsFields targets={draft.targets} errors={errors} onChange={(priority, target) => update({ targets: { ...draft.targets, [priority]: target } })} />
      </Section>

      <Section title="Clock calendar" description="Clocks pause while an item waits on its reporter. Choose whether they also stop outside working hours.">
        <CalendarFields calendar={draft.calendar} errors={errors} onChange={(calendar) => update({ calendar })} />
      </Section>

      <Section title="Hypercare and warnings" description="Hypercare windows are set per API version on the Teams & routing page; the factor below is what a new window starts with.">
        <div className="grid gap-6 sm:grid-cols-2">
          <DecimalField
            id="hypercare-factor"
            label="Hypercare factor"
            hint="Targets of items filed during a version's hypercare window are multiplied by this: 0.5 halves them, 1 leaves them as they are."
            value={draft.hypercareFactor}
            errors={errorsUnder(errors, "hypercareFactor")}
            onChange={(hypercareFactor) => update({ hypercareFactor })}
          />
          <DecimalField
            id="at-risk-share"
            label="At-risk share"
            hint="The queue highlights an item as at risk when less than this share of its target is left: 0.2 means the last 20 %."
            value={draft.atRiskFraction}
            errors={errorsUnder(errors, "atRiskFraction")}
            onChange={(atRiskFraction) => update({ atRiskFraction })}
          />
        </div>
      </Section>

      <div className="sticky bottom-0 -mx-4 space-y-3 border-t border-slate-200 bg-white/95 px-4 py-4 backdrop-blur sm:mx-0 sm:rounded-xl sm:border dark:border-slate-800 dark:bg-slate-950/95">
        <div aria-live="polite">
          {state.kind === "error" && <Alert tone="error">{state.message}</Alert>}
          {state.kind === "saved" && <Alert tone="success">Settings saved. New items use them now; items already filed keep the targets they were given.</Alert>}
        </div>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={state.kind === "saving"}>
            {state.kind === "saving" ? "Saving…" : "Save settings"}
          </Button>
          <Button
            type="button"
            variant="secondary"
            disabled={state.kind === "saving"}
            onClick={() => {
              setDraft(draftOf(DEFAULT_TRIAGE_SETTINGS));
              setErrors({});
              setState({ kind: "idle" });
            }}
          >
            Fill in the defaults
          </Button>
        </div>
      </div>
    </form>
  );
}
