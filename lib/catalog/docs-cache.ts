import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Drops this server's cached docs pages (app/(cached), see proxy.ts) after a change they show:
 * an import, a public report or its status ("Known issues"), a linked forum thread ("Related
 * discussions"). Next.js tags each cached page with its route's layouts, route groups included,
 * so the cached group's layout tag reaches them all; they are rendered again on their next
 * request. Other app instances refresh theirs within 60 s. Outside a Next.js request (CLI,
 * tests) there is no such cache.
 */
export function refreshDocsPages(): void {
  try {
    revalidatePath("/(cached)/cached", "layout");
  } catch {
    // not inside a Next.js request: nothing is cached here
  }
}
