"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { inputClasses, labelClasses } from "../ui/Field";
import { readProblem } from "../ui/problem";

async function post(url: string, body?: unknown): Promise<string | null> {
  const response = await fetch(url, {
    method: "POST",
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.ok) return null;
  const problem = await readProblem(response);
  return Object.values(problem.errors)[0]?.[0] ?? problem.detail ?? "That did not work. Try again.";
}

/** Comment on an open report, and (for its reporter) close it. */
export function ReportActions({ reportId, canClose }: { reportId: string; canClose: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function run(action: () => Promise<string | null>, after?: () => void) {
    setPending(true);
    setError(null);
    const failure = await action().catch(() => "Could not reach the portal. Try again.");
    setPending(false);
    if (failure) return setError(failure);
    after?.();
    router.refresh();
  }

  function comment(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const body = String(new FormData(form).get("body") ?? "");
    void run(() => post(`/api/v1/reports/${reportId}/comments`, { body }), () => form.reset());
  }

  return (
    <div className="space-y-3">
      <form method="post" onSubmit={comment} className="space-y-3">
        <label htmlFor="comment-body" className={labelClasses}>Add information</label>
        <textarea id="comment-body" name="body" rows={4} className={inputClasses} placeholder="New findings, a request id, or an answer to our question. Markdown works." />
        {error && <Alert tone="error">{error}</Alert>}
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={pending}>Add comment</Button>
          {canClose && (
            <Button type="button" variant="secondary" disabled={pending} onClick={() => void run(() => post(`/api/v1/reports/${reportId}/close`))}>
              Close my report
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
