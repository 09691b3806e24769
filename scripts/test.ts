/**
 * `npm test`: the whole suite.
 * 1. vitest: unit tests, integration tests on PostgreSQL (TEST_DATABASE_URL, else embedded),
 *    and the same integration tests on the embedded PGlite path.
 * 2. Playwright in Debian's Chromium against the real launcher and a second app instance.
 *    Without Chromium the browser tests are skipped with a banner; REQUIRE_BROWSER=1 fails instead.
 * `npm run test:e2e [-- <spec files or Playwright options>]` runs only step 2.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM_PATH } from "../e2e/support/env";
import { freePort } from "./lib/free-port";
import { bin, run } from "./lib/processes";
import { configuredTestServer, provisionTestDatabase, type TestDatabase } from "./lib/test-database";

const results: { suite: string; ok: boolean | "skipped" }[] = [];

async function step(suite: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
    results.push({ suite, ok: true });
  } catch (error) {
    console.error(`\n${suite} failed: ${error instanceof Error ? error.message : error}`);
    results.push({ suite, ok: false });
  }
}

function banner(lines: string[]): void {
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  const bar = "#".repeat(width + 2);
  console.log(`\n${bar}\n${lines.map((l) => `# ${l.padEnd(width - 2)} #`).join("\n")}\n${bar}\n`);
}

const e2eOnly = process.argv[2] === "--e2e";
const playwrightArgs = e2eOnly ? process.argv.slice(3) : [];

async function browserTests(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    const lines = [
      "BROWSER TESTS NOT RUN: no Chromium at " + CHROMIUM_PATH,
      "Install it with: sudo apt-get update && sudo apt-get install -y chromium",
      "(or set CHROMIUM_PATH). REQUIRE_BROWSER=1 turns this into a failure.",
    ];
    banner(lines);
    if (process.env.REQUIRE_BROWSER === "1") throw new Error("REQUIRE_BROWSER=1 and no Chromium is installed.");
    results.push({ suite: "browser tests", ok: "skipped" });
    return;
  }
  let database: TestDatabase | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), "hypercare-e2e-"));
  try {
    if (configuredTestServer()) database = await provisionTestDatabase("postgres");
    const env = {
      ...process.env,
      E2E_DATA_DIR: dataDir,
      E2E_EMBEDDED_PORT: String(await freePort()),
      ...(database ? { E2E_DATABASE_URL: database.url } : {}),
    };
    console.log(`\nBrowser tests on ${database ? "PostgreSQL" : "the embedded database"}…`);
    await step("browser tests", () => run(bin("playwright"), ["test", ...playwrightArgs], { env }));
  } finally {
    await database?.dispose().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  if (!e2eOnly) await step("unit and integration tests", () => run(bin("vitest"), ["run"]));
  await browserTests().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    results.push({ suite: "browser tests", ok: false });
  });
  console.log("\nSuites:");
  for (const r of results) console.log(`  ${r.ok === "skipped" ? "SKIPPED" : r.ok ? "passed " : "FAILED "} ${r.suite}`);
  process.exit(results.some((r) => r.ok === false) ? 1 : 0);
}

void main();
