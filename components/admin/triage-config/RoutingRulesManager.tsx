"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TRIAGE_CATEGORIES, TRIAGE_CATEGORY_LABELS, type TriageCategory } from "@/lib/triage/classifier/categories";
import { KEYWORD_MAX, OPERATION_PATTERN_MAX } from "@/lib/triage/routing-match";
import { Alert } from "../../ui/Alert";
import { Badge } from "../../ui/Badge";
import { Button } from "../../ui/Button";
import { SelectField, TextField } from "../../ui/Field";
import { configApi, messageOf, send, type FieldErrors } from "./config-client";

export type RuleItem = {
  id: string;
  position: number;
  enabled: boolean;
  teamId: string;
  teamName: string;
  apiId: string | null;
  operationPattern: string | null;
  category: TriageCategory | null;
  keyword: string | null;
  /** The conditions in words, from the server. */
  conditions: string[];
};
export type TeamOption = { id: string; name: string; isDefault: boolean };
export type ApiOption = { id: string; name: string; slug: string };

function RuleForm({ rule, teams, apis, onDone }: { rule?: RuleItem; teams: TeamOption[]; apis: ApiOption[]; onDone: () => void }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const id = (field: string) => `${rule ? `rule-${rule.id}` : "new-rule"}-${field}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const body = {
      teamId: text("teamId"),
      apiId: text("apiId") || null,
      operationPattern: text("operationPattern") || null,
      category: text("category") || null,
      keyword: text("keyword") || null,
      enabled: form.get("enabled") === "on",
    };
    setPending(true);
    const result = rule ? await send("PATCH", configApi.rule(rule.id), body) : await send("POST", configApi.rules, body);
    setPending(false);
    if (!result.ok) {
      setErrors(result.errors);
      setMessage(result.message);
      return;
    }
    onDone();
    router.refresh();
  }

  const fieldErrorShown = ["teamId", "apiId", "operationPattern", "category", "keyword"].some((f) => errors[f]);
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-600 dark:text-slate-400">Set one condition or more: the rule takes an item only when all of them hold.</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id={id("api")} label="API" name="apiId" defaultValue={rule?.apiId ?? ""} errors={errors.apiId}>
          <option value="">Any API</option>
          {apis.map((api) => (
            <option key={api.id} value={api.id}>
              {api.name} ({api.slug})
            </option>
          ))}
        </SelectField>
        <TextField
          id={id("pattern")}
          label="Operation"
          name="operationPattern"
          defaultValue={rule?.operationPattern ?? ""}
          maxLength={OPERATION_PATTERN_MAX}
          placeholder="POST /orders*"
          hint="Method and path; * stands for anything, e.g. * /admin/*."
          errors={errors.operationPattern}
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField id={id("category")} label="Category" name="category" defaultValue={rule?.category ?? ""} errors={errors.category}>
          <option value="">Any category</option>
          {TRIAGE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {TRIAGE_CATEGORY_LABELS[c]}
            </option>
          ))}
        </SelectField>
        <TextField
          id={id("keyword")}
          label="Keyword"
          name="keyword"
          defaultValue={rule?.keyword ?? ""}
          maxLength={KEYWORD_MAX}
          placeholder="refund"
          hint="A whole word or phrase in the title or text, in any case."
          errors={errors.keyword}
        />
        <SelectField id={id("team")} label="Send to team" name="teamId" defaultValue={rule?.teamId ?? teams.find((t) => !t.isDefault)?.id ?? teams[0]?.id} errors={errors.teamId}>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
              {team.isDefault ? " (default)" : ""}
            </option>
          ))}
        </SelectField>
        <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-800 dark:text-slate-200">
          <input type="checkbox" name="enabled" defaultChecked={rule?.enabled ?? true} />
          Enabled
        </label>
      </div>
      {errors.conditions && <Alert tone="error">{errors.conditions.join(" ")}</Alert>}
      {message && !errors.conditions && !fieldErrorShown && <Alert tone="error">{message}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {rule ? "Save rule" : "Add rule"}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function RuleRow({ rule, index, count, teams, apis }: { rule: RuleItem; index: number; count: number; teams: TeamOption[]; apis: ApiOption[] }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function call(method: "PATCH" | "DELETE", body?: unknown) {
    setPending(true);
    setError(null);
    const result = await send(method, configApi.rule(rule.id), body);
    setPending(false);
    if (!result.ok) return setError(messageOf(result));
    router.refresh();
  }

  if (editing) {
    return (
      <li className="px-4 py-4 sm:px-5">
        <RuleForm rule={rule} teams={teams} apis={apis} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:px-5">
      <span className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-slate-100 text-xs font-semibold tabular-nums text-slate-700 dark:bg-slate-800 dark:text-slate-200" aria-label={`Rule ${index + 1}`}>
        {index + 1}
      </span>
      <div className="min-w-0 flex-1 space-y-1">
        <p className={rule.enabled ? "text-sm text-slate-900 dark:text-white" : "text-sm text-slate-500 line-through decoration-slate-400 dark:text-slate-500"}>
          When {rule.conditions.join(" and ")} → <strong className="font-semibold">{rule.teamName}</strong>
        </p>
        {!rule.enabled && <Badge tone="warning">Disabled: skipped</Badge>}
        {error && <Alert tone="error">{error}</Alert>}
      </div>
      <div className="flex flex-wrap gap-1">
        <Button variant="ghost" className="px-2 py-1" disabled={pending || index === 0} onClick={() => void call("PATCH", { move: "up" })} aria-label={`Move rule ${index + 1} up`}>
          ↑
        </Button>
        <Button variant="ghost" className="px-2 py-1" disabled={pending || index === count - 1} onClick={() => void call("PATCH", { move: "down" })} aria-label={`Move rule ${index + 1} down`}>
          ↓
        </Button>
        <Button variant="ghost" className="px-2.5 py-1" disabled={pending} onClick={() => void call("PATCH", { enabled: !rule.enabled })}>
          {rule.enabled ? "Disable" : "Enable"}
        </Button>
        <Button variant="ghost" className="px-2.5 py-1" onClick={() => setEditing(true)} aria-label={`Edit rule ${index + 1}`}>
          Edit
        </Button>
        <Button
          variant="ghost"
          className="px-2.5 py-1 text-red-700 dark:text-red-400"
          disabled={pending}
          aria-label={`Delete rule ${index + 1}`}
          onClick={() => window.confirm(`Delete rule ${index + 1}? Items it would take will go to the next matching rule or the default team.`) && void call("DELETE")}
        >
          Delete
        </Button>
      </div>
    </li>
  );
}

/** Routing rules in the order they are tried, with the default team as the last resort. */
export function RoutingRulesManager({ rules, teams, apis }: { rules: RuleItem[]; teams: TeamOption[]; apis: ApiOption[] }) {
  const [adding, setAdding] = useState(false);
  const defaultTeam = teams.find((t) => t.isDefault)?.name ?? "the default team";

  return (
    <div className="space-y-4">
      {rules.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 px-6 py-8 text-center dark:border-slate-700">
          <h3 className="text-base font-semibold text-slate-900 dark:text-white">No routing rules yet</h3>
          <p className="mx-auto mt-2 max-w-md text-sm text-slate-600 dark:text-slate-400">
            Every new item goes to {defaultTeam}. Add a rule to send items about one API, operation, category or keyword straight to the team that owns them.
          </p>
        </div>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {rules.map((rule, index) => (
            <RuleRow key={rule.id} rule={rule} index={index} count={rules.length} teams={teams} apis={apis} />
          ))}
          <li className="flex items-center gap-3 px-4 py-3 text-sm text-slate-600 sm:px-5 dark:text-slate-400">
            <span className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full border border-dashed border-slate-300 text-xs dark:border-slate-700" aria-hidden>
              ∗
            </span>
            Otherwise → <strong className="font-semibold text-slate-900 dark:text-white">{defaultTeam}</strong> (default team)
          </li>
        </ol>
      )}
      {adding ? (
        <div className="rounded-xl border border-slate-200 p-4 sm:p-5 dark:border-slate-800">
          <h3 className="mb-3 font-medium text-slate-900 dark:text-white">New routing rule</h3>
          <RuleForm teams={teams} apis={apis} onDone={() => setAdding(false)} />
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setAdding(true)} disabled={teams.length === 0}>
          Add a routing rule
        </Button>
      )}
    </div>
  );
}
