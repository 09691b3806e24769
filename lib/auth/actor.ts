import "server-only";
import { cache } from "react";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { query, sql } from "../db/sql";
import type { Actor } from "./authorize";
import { authOptions } from "./options";
import { sessionToken } from "./session-cookie";

export * from "./authorize";

/**
 * The acting user for this request, or null for a visitor. The role is read from the
 * database on every request, so a role change applies on the user's next request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  // The session JWT is decoded directly (next-auth's own decode: decryption and expiry checked):
  // getServerSession runs the whole session endpoint on every call, several times the cost.
  const token = sessionToken(await cookies());
  if (!token || !authOptions.secret) return null;
  const payload = await decode({ token, secret: authOptions.secret }).catch(() => null);
  const userId = payload?.sub;
  if (!userId) return null;
  // Plain SQL through pg: this runs on nearly every request (see lib/db/sql.ts for the costs).
  const [actor] = await query<Actor>(sql`SELECT "id", "email", "name", "role"::text AS "role" FROM "User" WHERE "id" = ${userId}`);
  return actor ?? null;
});
