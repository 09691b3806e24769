import { readProblem } from "../../ui/problem";

// The triage configuration pages' calls to the admin JSON API: one place that turns problem+json
// into a message and field errors the forms can show.

export type FieldErrors = Record<string, string[]>;
export type SendResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string; errors: FieldErrors };

export async function send<T = unknown>(method: "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<SendResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, message: "Could not reach the portal. Check your connection and try again.", errors: {} };
  }
  if (response.ok) {
    const data = response.status === 204 ? null : await response.json().catch(() => null);
    return { ok: true, data: data as T };
  }
  if (response.status === 401) return { ok: false, status: 401, message: "Your session has ended. Sign in again to continue.", errors: {} };
  const problem = await readProblem(response);
  return { ok: false, status: response.status, message: problem.detail ?? "That did not work. Try again.", errors: problem.errors };
}

/** The first field message, else the general one: for buttons that have no field to mark. */
export function messageOf(result: { message: string; errors: FieldErrors }): string {
  return Object.values(result.errors).find((m) => m.length)?.[0] ?? result.message;
}

export const configApi = {
  settings: "/api/admin/triage/settings",
  teams: "/api/admin/teams",
  team: (id: string) => `/api/admin/teams/${encodeURIComponent(id)}`,
  teamMembers: (id: string) => `/api/admin/teams/${encodeURIComponent(id)}/members`,
  teamMember: (id: string, userId: string) => `/api/admin/teams/${encodeURIComponent(id)}/members/${encodeURIComponent(userId)}`,
  rules: "/api/admin/routing-rules",
  rule: (id: string) => `/api/admin/routing-rules/${encodeURIComponent(id)}`,
  windows: "/api/admin/hypercare-windows",
  window: (id: string) => `/api/admin/hypercare-windows/${encodeURIComponent(id)}`,
  cannedReplies: "/api/admin/canned-replies",
  cannedReply: (id: string) => `/api/admin/canned-replies/${encodeURIComponent(id)}`,
};
