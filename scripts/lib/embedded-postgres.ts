import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { embeddedDatabaseUrl } from "../../lib/db/url";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

/**
 * Serves PGlite (PostgreSQL compiled to WebAssembly) over the PostgreSQL wire protocol,
 * so the app, Prisma and its CLI reach it exactly as they reach a real server.
 * `dataDir` is a folder, or `memory://` for a throwaway database.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  maxConnections?: number;
}): Promise<EmbeddedPostgres> {
  if (!options.dataDir.includes("://")) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir, { extensions: { pg_trgm, unaccent } });
  // PGlite runs one query at a time; extra connections queue instead of being refused.
  const server = new PGLiteSocketServer({
    db,
    port: options.port,
    host: "127.0.0.1",
    maxConnections: options.maxConnections ?? 20,
  });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new Error(
        `Port ${options.port} is already in use, so the embedded database cannot start. ` +
          `Is the portal already running? Stop it, or set EMBEDDED_DB_PORT to a free port.`,
      );
    }
    throw error;
  }
  return {
    url: embeddedDatabaseUrl(options.port),
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
