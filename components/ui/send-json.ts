import { readProblem } from "./problem";

// Browser-side calls to the portal's JSON API: one place that turns problem+json into a message
// and field errors that forms and buttons can show.

export type FieldErrors = Record<string, string[] | undefined>;
export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; message: string; errors: FieldErrors };

export async function sendJson<T = unknown>(method: "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<ApiResult<T>> {
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
    return { ok: true, status: response.status, data: data as T };
  }
  if (response.status === 401) return { ok: false, status: 401, message: "Your session has ended. Sign in again to continue.", errors: {} };
  const problem = await readProblem(response);
  return { ok: false, status: response.status, message: problem.detail ?? "That did not work. Try again.", errors: problem.errors };
}

/** The first field message, else the general one: for buttons that have no field to mark. */
export function messageOf(result: { message: string; errors: FieldErrors }): string {
  return Object.values(result.errors).find((m) => m?.length)?.[0] ?? result.message;
}
