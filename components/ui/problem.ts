/** A JSON API's problem+json answer as the browser reads it (an unreadable body counts as empty). */
export type ClientProblem = { detail?: string; errors: Record<string, string[]> };

export async function readProblem(response: Response): Promise<ClientProblem> {
  const body = (await response.json().catch(() => ({}))) as { detail?: string; errors?: Record<string, string[]> };
  return { detail: body.detail, errors: body.errors ?? {} };
}
