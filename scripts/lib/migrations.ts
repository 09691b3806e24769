import { readdirSync } from "node:fs";
import { plainClient } from "../../lib/db/connection";
import { bin, run } from "./processes";

const MIGRATIONS_DIR = "prisma/migrations";

async function pendingMigrations(databaseUrl: string): Promise<string[]> {
  const local = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const client = plainClient(databaseUrl);
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return local.filter((name) => !applied.has(name));
  } catch {
    return local; // no migrations table yet: a new database
  } finally {
    await client.end();
  }
}

/** Applies pending migrations with `prisma migrate deploy`; skips the CLI when none are pending. */
export async function migrate(databaseUrl: string): Promise<void> {
  const pending = await pendingMigrations(databaseUrl);
  if (pending.length === 0) {
    console.log("Database schema is up to date.");
    return;
  }
  console.log(`Applying ${pending.length} migration(s)…`);
  await run(bin("prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl } });
}
