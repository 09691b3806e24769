import { readProblem } from "../ui/problem";

// The forum's browser-side calls to its JSON API: one place that turns problem+json into a message.

export type FieldErrors = Record<string, string[] | undefined>;
export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; message: string; errors: FieldErrors };

export async function send<T = unknown>(method: "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<ApiResult<T>> {
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
  const problem = await readProblem(response);
  if (response.status === 401) return { ok: false, status: 401, message: "Your session has ended. Sign in again to continue.", errors: {} };
  return { ok: false, status: response.status, message: problem.detail ?? "That did not work. Try again.", errors: problem.errors };
}

/** The first field message, else the general one: for buttons that have no field to mark. */
export function messageOf(result: { message: string; errors: FieldErrors }): string {
  return Object.values(result.errors).find((m) => m?.length)?.[0] ?? result.message;
}

export const signInHref = (back: string) => `/signin?callbackUrl=${encodeURIComponent(back)}`;
