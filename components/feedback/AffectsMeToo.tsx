"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { inputClasses, labelClasses } from "../ui/Field";
import { readProblem } from "../ui/problem";

async function send(reportId: string, method: "PUT" | "DELETE", app?: string): Promise<string | null> {
  try {
    const response = await fetch(`/api/v1/reports/${encodeURIComponent(reportId)}/affected`, {
      method,
      headers: method === "PUT" ? { "content-type": "application/json" } : {},
      body: method === "PUT" ? JSON.stringify({ app }) : undefined,
    });
    if (response.ok) return null;
    const problem = await readProblem(response);
    return problem.errors.app?.[0] ?? problem.detail ?? "That did not work. Try again.";
  } catch {
    return "Could not reach the portal. Try again.";
  }
}

/** "Affects me too" for a signed-in developer on someone else's public report, with the app it affects. */
export function AffectsMeToo({ reportId, you, yourApp }: { reportId: string; you: boolean; yourApp: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function run(method: "PUT" | "DELETE", app?: string) {
    setPending(true);
    setError(null);
    const problem = await send(reportId, method, app);
    setPending(false);
    if (problem) return setError(problem);
    router.refresh();
  }

  function mark(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run("PUT", String(new FormData(event.currentTarget).get("app") ?? ""));
  }

  return (
    <form onSubmit={mark} className="space-y-3">
      <div className="space-y-1.5">
        <label htmlFor="affected-app" className={labelClasses}>Your app (optional)</label>
        <input id="affected-app" name="app" maxLength={100} defaultValue={yourApp ?? ""} placeholder="e.g. Checkout service" className={inputClasses} />
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>{you ? "Update my app" : "Affects me too"}</Button>
        {you && (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => void run("DELETE")}>
            No longer affects me
          </Button>
        )}
      </div>
    </form>
  );
}
