import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { query, sql } from "../db/sql";
import type { Actor, SessionUser } from "./authorize";
import { authOptions } from "./options";
import { sessionToken } from "./session-cookie";
import { sessionUserId } from "./session-token";

export * from "./authorize";

/**
 * The user of this request's session, without asking the database who he is: for the hot paths
 * whose domain function reads the user in its own statement (filing a report). Everything else
 * uses getActor.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // The session JWT is decoded directly (decryption and expiry checked as next-auth does):
  // getServerSession runs the whole session endpoint on every call, several times the cost.
  const token = sessionToken(await cookies());
  if (!token || !authOptions.secret) return null;
  const id = await sessionUserId(token, authOptions.secret);
  return id ? { id } : null;
});

/**
 * The acting user for this request, or null for a visitor. The role is read from the
 * database on every request, so a role change applies on the user's next request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getSessionUser();
  if (!session) return null;
  // Plain SQL through pg: this runs on nearly every request (see lib/db/sql.ts for the costs).
  const [actor] = await query<Actor>(sql`SELECT "id", "email", "name", "role"::text AS "role" FROM "User" WHERE "id" = ${session.id}`);
  return actor ?? null;
});
