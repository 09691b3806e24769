"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { Alert } from "../../ui/Alert";
import { Badge } from "../../ui/Badge";
import { Button } from "../../ui/Button";
import { EmptyState } from "../../ui/EmptyState";
import { TextField, inputClasses } from "../../ui/Field";
import { cn } from "../../ui/cn";
import { configApi, messageOf, send, type FieldErrors, type SendResult } from "./config-client";

export type StaffOption = { id: string; email: string; name: string | null; role: Role };
export type TeamItem = {
  id: string;
  slug: string;
  name: string;
  isDefault: boolean;
  members: StaffOption[];
  ruleCount: number;
  openItemCount: number;
};

const personName = (p: { name: string | null; email: string }) => p.name ?? p.email;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Runs one API call for a card, then refreshes the page; keeps the error to show. */
function useAction() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  async function run<T>(call: () => Promise<SendResult<T>>, success?: (data: T) => string | null): Promise<boolean> {
    setPending(true);
    setError(null);
    setNotice(null);
    const result = await call();
    setPending(false);
    if (!result.ok) {
      setError(messageOf(result));
      return false;
    }
    setNotice(success?.(result.data) ?? null);
    router.refresh();
    return true;
  }
  return { pending, error, notice, run };
}

function RenameForm({ team, onDone }: { team: TeamItem; onDone: () => void }) {
  const { pending, error, run } = useAction();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    if (await run(() => send("PATCH", configApi.team(team.id), { name }))) onDone();
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <TextField id={`rename-${team.id}`} label="New name" name="name" defaultValue={team.name} required className="flex-1" errors={error ? [error] : undefined} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          Save
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function TeamCard({ team, staff }: { team: TeamItem; staff: StaffOption[] }) {
  const { pending, error, notice, run } = useAction();
  const [renaming, setRenaming] = useState(false);
  const [newMember, setNewMember] = useState("");
  const candidates = staff.filter((s) => !team.members.some((m) => m.id === s.id));

  function remove() {
    const moving = team.openItemCount ? ` Its ${plural(team.openItemCount, "open item moves", "open items move")} to the default team.` : "";
    if (!window.confirm(`Delete the team ${team.name}?${moving}`)) return;
    void run<{ movedItems: number }>(() => send("DELETE", configApi.team(team.id)), (data) => (data.movedItems ? `${plural(data.movedItems, "item", "items")} moved to the default team.` : null));
  }

  return (
    <li className="rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="space-y-3 border-b border-slate-200 px-4 py-4 sm:px-5 dark:border-slate-800">
        {renaming ? (
          <RenameForm team={team} onDone={() => setRenaming(false)} />
        ) : (
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0 space-y-1">
              <h3 className="flex flex-wrap items-center gap-2 font-semibold text-slate-900 dark:text-white">
                {team.name}
                {team.isDefault && <Badge tone="brand">Default team</Badge>}
              </h3>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                <code className="text-xs">{team.slug}</code> · {plural(team.openItemCount, "open item", "open items")} · {plural(team.ruleCount, "routing rule", "routing rules")}
              </p>
              {team.isDefault && <p className="text-xs text-slate-500 dark:text-slate-400">Takes every new item that no routing rule sends elsewhere.</p>}
            </div>
            <div className="flex flex-wrap gap-1">
              <Button variant="ghost" className="px-2.5 py-1" onClick={() => setRenaming(true)}>
                Rename
              </Button>
              {!team.isDefault && (
                <>
                  <Button variant="ghost" className="px-2.5 py-1" disabled={pending} onClick={() => void run(() => send("PATCH", configApi.team(team.id), { isDefault: true }))}>
                    Make default
                  </Button>
                  <Button variant="ghost" className="px-2.5 py-1 text-red-700 dark:text-red-400" disabled={pending} onClick={remove}>
                    Delete
                  </Button>
                </>
              )}
            </div>
          </div>
        )}
        {error && !renaming && <Alert tone="error">{error}</Alert>}
        {notice && <Alert tone="success">{notice}</Alert>}
      </div>

      <div className="space-y-3 px-4 py-4 sm:px-5">
        <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Members</h4>
        {team.members.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No members yet. Add the staff who work this team&apos;s items, so they can be assigned.</p>
        ) : (
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {team.members.map((member) => (
              <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0">
                  <span className="block truncate text-sm font-medium text-slate-900 dark:text-white">{personName(member)}</span>
                  <span className="block truncate text-xs text-slate-500 dark:text-slate-400">
                    {member.email} · {ROLE_LABELS[member.role]}
                  </span>
                </span>
                <Button
                  variant="ghost"
                  className="px-2.5 py-1 text-sm"
                  disabled={pending}
                  aria-label={`Remove ${personName(member)} from ${team.name}`}
                  onClick={() => void run(() => send("DELETE", configApi.teamMember(team.id, member.id)))}
                >
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
        {candidates.length > 0 ? (
          <form
            className="flex flex-col gap-2 sm:flex-row"
            onSubmit={(event) => {
              event.preventDefault();
              if (newMember) void run(() => send("POST", configApi.teamMembers(team.id), { userId: newMember })).then((ok) => ok && setNewMember(""));
            }}
          >
            <select aria-label={`Staff member to add to ${team.name}`} value={newMember} onChange={(e) => setNewMember(e.target.value)} className={cn(inputClasses, "sm:max-w-xs")}>
              <option value="">Choose a staff member…</option>
              {candidates.map((s) => (
                <option key={s.id} value={s.id}>
                  {personName(s)} ({ROLE_LABELS[s.role]})
                </option>
              ))}
            </select>
            <Button type="submit" variant="secondary" disabled={pending || !newMember}>
              Add member
            </Button>
          </form>
        ) : (
          <p className="text-xs text-slate-500 dark:text-slate-400">Every staff member is in this team. Give more people a staff role on the Users page to add them.</p>
        )}
      </div>
    </li>
  );
}

function CreateTeamForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "");
    setPending(true);
    const result = await send("POST", configApi.teams, { name });
    setPending(false);
    if (!result.ok) {
      setErrors(result.errors);
      setMessage(result.errors.name ? null : result.message);
      return;
    }
    setErrors({});
    setMessage(null);
    form.reset();
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="space-y-2">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <TextField id="new-team-name" label="New team" name="name" required placeholder="e.g. Payments API" className="flex-1 sm:max-w-sm" errors={errors.name ?? errors.slug} />
        <Button type="submit" disabled={pending}>
          Create team
        </Button>
      </div>
      {message && <Alert tone="error">{message}</Alert>}
    </form>
  );
}

/** Teams with their members: create, rename, make default, delete, add and remove members. */
export function TeamsManager({ teams, staff }: { teams: TeamItem[]; staff: StaffOption[] }) {
  return (
    <div className="space-y-4">
      {teams.length === 0 ? (
        <EmptyState title="No teams yet">The first team you create becomes the default team: every new item that no routing rule sends elsewhere lands there.</EmptyState>
      ) : (
        <ul className="grid gap-4 xl:grid-cols-2">
          {teams.map((team) => (
            <TeamCard key={team.id} team={team} staff={staff} />
          ))}
        </ul>
      )}
      <CreateTeamForm />
    </div>
  );
}
