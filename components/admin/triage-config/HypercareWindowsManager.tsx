"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "../../ui/Alert";
import { Badge } from "../../ui/Badge";
import { Button } from "../../ui/Button";
import { SelectField, TextField } from "../../ui/Field";
import { isoDay, utcTime } from "../../ui/dates";
import { configApi, messageOf, send, type FieldErrors } from "./config-client";

export type VersionOption = { id: string; label: string; apiName: string; apiSlug: string };
export type WindowItem = {
  id: string;
  versionId: string;
  startsAt: Date;
  endsAt: Date;
  factor: number;
  state: "upcoming" | "active" | "ended";
  itemCount: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const STATE_BADGES = { active: { tone: "warning", label: "Active now" }, upcoming: { tone: "brand", label: "Upcoming" }, ended: { tone: "neutral", label: "Ended" } } as const;

const atMidnight = (date: Date) => date.getTime() % DAY_MS === 0;

/** Whole UTC days read as a date range ("2026-12-01 to 2026-12-14"); other windows with their times. */
function describeRange(startsAt: Date, endsAt: Date): string {
  if (atMidnight(startsAt) && atMidnight(endsAt)) return `${isoDay(startsAt)} to ${isoDay(new Date(endsAt.getTime() - DAY_MS))}`;
  return `${utcTime(startsAt)} to ${utcTime(endsAt)}`;
}

function WindowForm({ versions, defaultFactor, onDone }: { versions: VersionOption[]; defaultFactor: number; onDone: () => void }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const first = String(form.get("firstDay") ?? "");
    const last = String(form.get("lastDay") ?? "");
    const local: FieldErrors = {};
    if (!first) local.startsAt = ["Choose the first day of the window."];
    if (!last) local.endsAt = ["Choose the last day of the window."];
    if (Object.keys(local).length) return setErrors(local);
    const factorText = String(form.get("factor") ?? "").trim().replace(",", ".");
    const body = {
      versionId: String(form.get("versionId") ?? ""),
      // The last day counts in full: the window ends at the next midnight (UTC).
      startsAt: `${first}T00:00:00.000Z`,
      endsAt: new Date(Date.parse(`${last}T00:00:00.000Z`) + DAY_MS).toISOString(),
      ...(factorText ? { factor: Number(factorText) } : {}),
    };
    setPending(true);
    const result = await send("POST", configApi.windows, body);
    setPending(false);
    if (!result.ok) {
      setErrors(result.errors);
      setMessage(Object.keys(result.errors).length ? null : result.message);
      return;
    }
    onDone();
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="window-version" label="API version" name="versionId" className="sm:col-span-2" errors={errors.versionId}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {v.apiName} {v.label}
            </option>
          ))}
        </SelectField>
        <TextField id="window-first-day" label="First day" name="firstDay" type="date" required errors={errors.startsAt} hint="From 00:00 UTC." />
        <TextField id="window-last-day" label="Last day" name="lastDay" type="date" required errors={errors.endsAt} hint="Until 24:00 UTC, included." />
        <TextField
          id="window-factor"
          label="Factor"
          name="factor"
          inputMode="decimal"
          placeholder={String(defaultFactor)}
          errors={errors.factor}
          hint={`Targets are multiplied by this; leave empty for the settings' ${defaultFactor}.`}
        />
      </div>
      {message && <Alert tone="error">{message}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          Add window
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function WindowRow({ window: w }: { window: WindowItem }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const badge = STATE_BADGES[w.state];

  async function remove() {
    if (!globalThis.confirm(`Delete the hypercare window ${describeRange(w.startsAt, w.endsAt)}? Items already filed keep their targets.`)) return;
    setPending(true);
    const result = await send("DELETE", configApi.window(w.id));
    setPending(false);
    if (!result.ok) return setError(messageOf(result));
    router.refresh();
  }

  return (
    <li className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center sm:justify-between">
      <div className="space-y-1 text-sm">
        <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900 dark:text-white">
          <span className="tabular-nums">{describeRange(w.startsAt, w.endsAt)}</span>
          <Badge tone={badge.tone}>{badge.label}</Badge>
        </p>
        <p className="text-slate-600 dark:text-slate-400">
          Targets × {w.factor} · {w.itemCount === 1 ? "1 item" : `${w.itemCount} items`} filed during it
        </p>
        {error && <Alert tone="error">{error}</Alert>}
      </div>
      <Button variant="ghost" className="self-start px-2.5 py-1 text-red-700 sm:self-auto dark:text-red-400" disabled={pending} onClick={() => void remove()}>
        Delete
      </Button>
    </li>
  );
}

/** Hypercare windows per API version: list, add, delete. */
export function HypercareWindowsManager({ versions, windows, defaultFactor }: { versions: VersionOption[]; windows: WindowItem[]; defaultFactor: number }) {
  const [adding, setAdding] = useState(false);
  const withWindows = versions.filter((v) => windows.some((w) => w.versionId === v.id));

  return (
    <div className="space-y-4">
      {withWindows.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 px-6 py-8 text-center dark:border-slate-700">
          <h3 className="text-base font-semibold text-slate-900 dark:text-white">No hypercare windows</h3>
          <p className="mx-auto mt-2 max-w-md text-sm text-slate-600 dark:text-slate-400">
            Launching a version? Mark its first weeks as a hypercare window: items filed on it then get shorter SLA targets, and the queue shows the window.
          </p>
        </div>
      ) : (
        <ul className="grid gap-4 xl:grid-cols-2">
          {withWindows.map((version) => (
            <li key={version.id} className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm sm:px-5 dark:border-slate-800 dark:bg-slate-900">
              <h3 className="font-semibold text-slate-900 dark:text-white">
                {version.apiName} <span className="font-mono text-sm">{version.label}</span>
              </h3>
              <ul className="mt-1 divide-y divide-slate-100 dark:divide-slate-800">
                {windows
                  .filter((w) => w.versionId === version.id)
                  .map((w) => (
                    <WindowRow key={w.id} window={w} />
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {versions.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Import an API version on the APIs page first.</p>
      ) : adding ? (
        <div className="rounded-xl border border-slate-200 p-4 sm:p-5 dark:border-slate-800">
          <h3 className="mb-3 font-medium text-slate-900 dark:text-white">New hypercare window</h3>
          <WindowForm versions={versions} defaultFactor={defaultFactor} onDone={() => setAdding(false)} />
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setAdding(true)}>
          Add a hypercare window
        </Button>
      )}
    </div>
  );
}
