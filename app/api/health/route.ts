import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Liveness and database readiness, for load balancers and uptime checks. */
export async function GET(): Promise<Response> {
  const database = await checkDatabase();
  if (database.ok) return Response.json({ status: "ok", database: "ok" }, { headers: { "cache-control": "no-store" } });
  return Response.json(
    { status: "unavailable", database: "unreachable", reason: database.reason },
    { status: 503, headers: { "cache-control": "no-store", "retry-after": "5" } },
  );
}
