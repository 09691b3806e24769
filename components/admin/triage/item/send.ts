import { readProblem } from "@/components/ui/problem";

/** Sends a staff action; returns null on success or the message to show. */
export async function send(url: string, method: "POST" | "PATCH", body: unknown): Promise<string | null> {
  try {
    const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (response.ok) return null;
    const problem = await readProblem(response);
    return Object.values(problem.errors)[0]?.[0] ?? problem.detail ?? "That did not work. Try again.";
  } catch {
    return "Could not reach the portal. Try again.";
  }
}

export const itemUrl = (id: string, action = "") => `/api/admin/triage/items/${encodeURIComponent(id)}${action}`;
