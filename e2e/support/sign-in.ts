import type { APIRequestContext } from "@playwright/test";

/** Signs in through next-auth's credentials flow: csrf token, then the callback. */
export async function signInByApi(request: APIRequestContext, email: string, password: string, headers: Record<string, string> = {}) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers,
    maxRedirects: 0,
  });
}
