import type { Metadata } from "next";
import Link from "next/link";
import { RoleSelect } from "@/components/admin/RoleSelect";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { inputClasses } from "@/components/ui/Field";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table } from "@/components/ui/Table";
import { staffPageActor } from "@/lib/auth/page-access";
import { isRole, ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { listUsers } from "@/lib/users/admin";

export const metadata: Metadata = { title: "Users" };

function formatDate(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "Never";
}

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const actor = await staffPageActor("/admin/users", ["admin"]);
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 200) : "";
  const role = isRole(params.role) ? params.role : undefined;
  const after = typeof params.after === "string" ? params.after : undefined;
  const { users, total, nextCursor } = await listUsers(actor, { q, role, after });

  return (
    <div className="space-y-6">
      <PageHeader title="Users" description="Find accounts and change their role. Changes apply on the user's next request and are audited." />

      <form role="search" className="flex flex-col gap-3 sm:flex-row sm:items-end" action="/admin/users">
        <div className="flex-1 space-y-1.5">
          <label htmlFor="user-search" className="block text-sm font-medium text-slate-800 dark:text-slate-200">
            Search by email or name
          </label>
          <input id="user-search" name="q" type="search" defaultValue={q} placeholder="e.g. jane@acme.io" className={inputClasses} />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="role-filter" className="block text-sm font-medium text-slate-800 dark:text-slate-200">
            Role
          </label>
          <select id="role-filter" name="role" defaultValue={role ?? ""} className={inputClasses}>
            <option value="">All roles</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>

      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {total === 1 ? "1 account" : `${total} accounts`}
        {q || role ? " match" : ""}
      </p>

      {users.length === 0 ? (
        <EmptyState
          title="No accounts match"
          action={
            <Link href="/admin/users" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-300">
              Clear the search
            </Link>
          }
        >
          Try part of an email address, or another role.
        </EmptyState>
      ) : (
        <Table
          headers={[
            "Account",
            "Role",
            { label: "Joined", className: "hidden sm:table-cell" },
            { label: "Last sign-in", className: "hidden sm:table-cell" },
          ]}
        >
              {users.map((user) => (
                <tr key={user.id} className="align-top">
                  <td className="px-4 py-3">
                    <p className="font-medium text-slate-900 dark:text-white">{user.email}</p>
                    {user.name && <p className="text-slate-600 dark:text-slate-400">{user.name}</p>}
                    <p className="mt-1 text-xs text-slate-500 sm:hidden dark:text-slate-400">
                      Joined {formatDate(user.createdAt)} · last sign-in {formatDate(user.lastSignInAt).toLowerCase()}
                    </p>
                  </td>
                  <td className="px-4 py-3">
                    <RoleSelect userId={user.id} email={user.email} role={user.role} disabled={user.id === actor.id} />
                  </td>
                  <td className="hidden whitespace-nowrap px-4 py-3 tabular-nums text-slate-600 sm:table-cell dark:text-slate-400">
                    {formatDate(user.createdAt)}
                  </td>
                  <td className="hidden whitespace-nowrap px-4 py-3 tabular-nums text-slate-600 sm:table-cell dark:text-slate-400">
                    {formatDate(user.lastSignInAt)}
                  </td>
                </tr>
              ))}
            </Table>
      )}

      {nextCursor && (
        <Link
          href={`/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), ...(role ? { role } : {}), after: nextCursor })}`}
          className="inline-block text-sm font-medium text-brand-700 hover:underline dark:text-brand-300"
        >
          Next page →
        </Link>
      )}
    </div>
  );
}
