/**
 * `npm start`: one command from a fresh clone to a running portal.
 * Without DATABASE_URL it starts the embedded PostgreSQL (PGlite, data in .data/), applies
 * migrations, seeds the demo accounts once, builds when needed and serves on PORT (3000).
 * With DATABASE_URL it does the same against that server, seeding only if SEED_DEMO=1.
 * `--dev` runs `next dev` instead of a production build.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DEFAULT_EMBEDDED_DB_PORT } from "../lib/db/url";
import { buildIfNeeded } from "./lib/build";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { migrate } from "./lib/migrations";
import { bin, runScript, startChild } from "./lib/processes";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT) || 3000;
const dataDir = resolve(process.env.HYPERCARE_DATA_DIR || ".data");

/** A stable session-signing secret for this data folder, made on first start. */
function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const embeddedPort = Number(process.env.EMBEDDED_DB_PORT) || DEFAULT_EMBEDDED_DB_PORT;
    console.log(`Starting the embedded PostgreSQL (data in ${join(dataDir, "pglite")}, port ${embeddedPort})…`);
    embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, "pglite"), port: embeddedPort });
    databaseUrl = embedded.url;
  }
  const seedDemo = !process.env.DATABASE_URL || process.env.SEED_DEMO === "1";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
    NEXTAUTH_SECRET: authSecret(),
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED || "1",
  };

  const stop = async (code: number) => {
    await embedded?.stop().catch(() => undefined);
    process.exit(code);
  };

  try {
    await migrate(databaseUrl);
    if (seedDemo) await runScript("prisma/seed.ts", env);
    if (!dev) await buildIfNeeded(env);
  } catch (error) {
    console.error(`\nThe portal could not start: ${error instanceof Error ? error.message : error}`);
    await stop(1);
  }

  const server = startChild(bin("next"), [dev ? "dev" : "start", "--port", String(port)], { env });
  console.log(banner(env.NEXTAUTH_URL!, seedDemo, env.DEMO_PASSWORD || "hypercare-demo"));

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code) => void stop(code ?? 0));
}

function banner(url: string, demo: boolean, password: string): string {
  const lines = [``, `  Hypercare Portal is starting at ${url}`];
  if (demo) {
    lines.push(
      ``,
      `  Demo accounts (password: ${password}):`,
      `    admin@example.com       admin`,
      `    triager@example.com     triager`,
      `    security@example.com    security`,
      `    partner@example.com     partner`,
      `    developer@example.com   developer`,
      `    developer2@example.com  developer`,
    );
  }
  return lines.join("\n") + "\n";
}

void main();
