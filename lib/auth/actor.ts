import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "../db";
import type { Actor } from "./authorize";
import { authOptions } from "./options";

export * from "./authorize";

/**
 * The acting user for this request, or null for a visitor. The role is read from the
 * database on every request, so a role change applies on the user's next request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  return db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } });
});
