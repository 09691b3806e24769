import { createConnection } from "node:net";
import { join, resolve } from "node:path";
import { DEFAULT_EMBEDDED_DB_PORT, embeddedDatabaseUrl } from "../../lib/db/url";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { migrate } from "./migrations";

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.end(), done(true)));
    socket.once("error", () => done(false));
  });
}

/**
 * The database a command-line tool should use: DATABASE_URL; else the embedded database of
 * the running portal; else the embedded database started here on the same data folder (and
 * stopped by `release`). Sets DATABASE_URL before the app's modules read it.
 */
export async function databaseForCli(): Promise<{ url: string; release: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, release: async () => undefined };
  const port = Number(process.env.EMBEDDED_DB_PORT) || DEFAULT_EMBEDDED_DB_PORT;
  let embedded: EmbeddedPostgres | undefined;
  if (!(await portIsOpen(port))) {
    const dataDir = join(resolve(process.env.HYPERCARE_DATA_DIR || ".data"), "pglite");
    embedded = await startEmbeddedPostgres({ dataDir, port });
  }
  const url = embeddedDatabaseUrl(port);
  process.env.DATABASE_URL = url;
  await migrate(url);
  return { url, release: async () => embedded?.stop() };
}
