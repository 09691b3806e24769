import "server-only";
import { DomainError, Invalid, RateLimited, type FieldErrors } from "../errors";

/** RFC 9457 problem details, the error body of every JSON API. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** Field-level messages, keyed by the input field's path. */
  errors?: FieldErrors;
};

export function problemResponse(problem: Omit<Problem, "type"> & { type?: string }, headers: HeadersInit = {}): Response {
  const body: Problem = { type: "about:blank", ...problem };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { "content-type": "application/problem+json", "cache-control": "no-store", ...headers },
  });
}

/** Maps any thrown value to a problem response; unexpected errors are logged, never shown. */
export function errorResponse(error: unknown, instance?: string): Response {
  if (error instanceof DomainError) {
    const headers: Record<string, string> = {};
    if (error instanceof RateLimited) headers["retry-after"] = String(error.retryAfterSeconds);
    return problemResponse(
      {
        title: error.title,
        status: error.status,
        detail: error.message,
        instance,
        ...(error instanceof Invalid ? { errors: error.fieldErrors } : {}),
      },
      headers,
    );
  }
  console.error(`Unexpected error${instance ? ` in ${instance}` : ""}:`, error);
  return problemResponse({
    title: "Internal server error",
    status: 500,
    detail: "Something went wrong on our side. It has been logged; please try again.",
    instance,
  });
}
