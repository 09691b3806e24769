import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { freePort } from "./lib/free-port";

const run = promisify(execFile);
const PETSTORE = "prisma/demo/openapi/petstore.yaml";
const cli = (args: string[], env: NodeJS.ProcessEnv) =>
  run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import-openapi.ts", ...args], { env, timeout: 120_000 });

describe("npm run import-openapi", () => {
  it("imports into the configured database and prints what changed; the second time, that nothing did", async () => {
    const api = `cli-${Date.now().toString(36)}`;
    const env = { ...process.env, DATABASE_URL: inject("databaseUrl") };
    const first = await cli([PETSTORE, "--api", api, "--version", "v1"], env);
    expect(first.stdout).toContain(`Imported ${api} v1: 19 operations; 19 added, 0 changed, 0 removed`);
    const second = await cli([PETSTORE, "--api", api, "--version", "v1"], env);
    expect(second.stdout).toContain("unchanged (same document as before)");
  }, 120_000);

  it("explains an invalid document and exits non-zero", async () => {
    const error = await cli(["prisma/demo/openapi/README.md", "--api", "x"], { ...process.env, DATABASE_URL: inject("databaseUrl") }).catch((e: unknown) => e);
    expect((error as { code: number }).code).toBe(1);
    expect((error as { stderr: string }).stderr).toMatch(/Import failed: /);
  }, 60_000);

  it("starts the embedded database itself when the portal is not running", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "hypercare-cli-"));
    try {
      const env = { ...process.env, DATABASE_URL: "", HYPERCARE_DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(await freePort()) };
      const { stdout } = await cli([PETSTORE, "--api", "petstore"], env);
      expect(stdout).toContain("Imported petstore 1.0.27-SNAPSHOT: 19 operations; 19 added");
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it("prints usage for missing arguments", async () => {
    const error = await cli([], process.env).catch((e: unknown) => e);
    expect((error as { code: number }).code).toBe(2);
    expect((error as { stderr: string }).stderr).toContain("Usage: npm run import-openapi");
  }, 60_000);
});
