import { defineConfig, devices } from "@playwright/test";
import { embeddedDatabaseUrl } from "./lib/db/url";
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, PORT_A, PORT_B, SECOND_INSTANCE_URL } from "./e2e/support/env";

// `npm test` (scripts/test.ts) provides a fresh database for each run: E2E_DATABASE_URL on
// the configured PostgreSQL server, or else a throwaway embedded one in E2E_DATA_DIR.
const embeddedPort = process.env.E2E_EMBEDDED_PORT || "54339";
const databaseUrl = process.env.E2E_DATABASE_URL || embeddedDatabaseUrl(Number(embeddedPort));
const shared = {
  NEXTAUTH_SECRET: "e2e-only-secret-not-used-anywhere-else",
  SEED_DEMO: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", testMatch: /\.spec\.ts$/, dependencies: ["setup"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: [
    {
      // The real launcher: embedded database (unless E2E_DATABASE_URL), migrations, seed, build.
      command: "node_modules/.bin/tsx scripts/start.ts",
      url: `${BASE_URL}/api/health`,
      timeout: 10 * 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        ...shared,
        PORT: String(PORT_A),
        HYPERCARE_DATA_DIR: process.env.E2E_DATA_DIR || ".data/e2e",
        EMBEDDED_DB_PORT: embeddedPort,
        ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
      },
    },
    {
      // A second instance on the same database, as behind a load balancer.
      command: `node_modules/.bin/next start --port ${PORT_B}`,
      url: `${SECOND_INSTANCE_URL}/api/health`,
      timeout: 2 * 60_000,
      reuseExistingServer: false,
      env: { ...shared, DATABASE_URL: databaseUrl, NEXTAUTH_URL: SECOND_INSTANCE_URL },
    },
  ],
});
