"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { inputClasses } from "../ui/Field";
import { cn } from "../ui/cn";

/** Changes a user's role through the staff API; the server checks and audits the change. */
export function RoleSelect({ userId, email, role, disabled }: { userId: string; email: string; role: Role; disabled?: boolean }) {
  const router = useRouter();
  const [value, setValue] = useState<Role>(role);
  const [state, setState] = useState<{ kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string }>({ kind: "idle" });

  async function change(next: Role) {
    const previous = value;
    setValue(next);
    setState({ kind: "saving" });
    try {
      const response = await fetch(`/api/admin/users/${encodeURIComponent(userId)}`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ role: next }),
      });
      if (!response.ok) {
        const problem = (await response.json().catch(() => ({}))) as { detail?: string };
        throw new Error(problem.detail ?? "The role could not be changed.");
      }
      setState({ kind: "saved" });
      router.refresh();
    } catch (error) {
      setValue(previous);
      setState({ kind: "error", message: error instanceof Error ? error.message : "The role could not be changed." });
    }
  }

  return (
    <div className="flex min-w-32 flex-col gap-1 sm:min-w-44">
      <select
        aria-label={`Role of ${email}`}
        value={value}
        disabled={disabled || state.kind === "saving"}
        onChange={(e) => void change(e.target.value as Role)}
        className={cn(inputClasses, "py-1.5")}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <span aria-live="polite" className="text-xs">
        {state.kind === "saving" && <span className="text-slate-600 dark:text-slate-400">Saving…</span>}
        {state.kind === "saved" && <span className="text-emerald-700 dark:text-emerald-400">Role saved</span>}
        {state.kind === "error" && <span className="text-red-700 dark:text-red-400">{state.message}</span>}
      </span>
    </div>
  );
}
