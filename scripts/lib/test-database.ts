import { randomBytes } from "node:crypto";
import { plainClient } from "../../lib/db/connection";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { freePort } from "./free-port";
import { migrate } from "./migrations";

export type TestDatabase = { url: string; kind: "postgres" | "embedded"; dispose: () => Promise<void> };

/** The real PostgreSQL server tests use, if one is configured (CI sets TEST_DATABASE_URL). */
export function configuredTestServer(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}


/**
 * A migrated, empty database of its own for one test run, so runs never collide:
 * a new database on the configured server, or a throwaway in-memory embedded server.
 */
export async function provisionTestDatabase(kind: "postgres" | "embedded"): Promise<TestDatabase> {
  if (kind === "embedded") {
    const server = await startEmbeddedPostgres({ dataDir: "memory://", port: await freePort() });
    await migrate(server.url);
    return { url: server.url, kind, dispose: server.stop };
  }
  const serverUrl = configuredTestServer();
  if (!serverUrl) throw new Error("No PostgreSQL server configured: set TEST_DATABASE_URL.");
  const name = `hypercare_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = plainClient(serverUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return {
    url: url.toString(),
    kind,
    dispose: async () => {
      const client = plainClient(serverUrl);
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
