import { env } from "@/lib/env";

/**
 * The intake benchmark's reference (scripts/bench/intake.ts): parses a JSON body and answers 201,
 * the most any route of this app can do per second on this machine. Off (404) unless
 * BENCH_ROUTES=1, so a deployment never serves it.
 */
export async function POST(request: Request): Promise<Response> {
  if (env.BENCH_ROUTES !== "1") return new Response(null, { status: 404 });
  const body: unknown = await request.json().catch(() => null);
  return Response.json({ received: body !== null }, { status: 201 });
}
