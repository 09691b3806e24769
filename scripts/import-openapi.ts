/**
 * npm run import-openapi -- <file-or-folder> --api <slug> [--version <label>] [--name "Name"]
 *   [--visibility public|partner|staff] [--status beta|current|deprecated|retired]
 * Imports an OpenAPI 3.0/3.1 or Swagger 2.0 document (YAML or JSON, one file or a folder with
 * relative $refs) into the catalog, whether or not the portal is running.
 */
import { parseArgs } from "node:util";
import { databaseForCli } from "./lib/database-for-cli";

const USAGE = "Usage: npm run import-openapi -- <file-or-folder> --api <slug> [--version <label>] [--name <name>] [--visibility public|partner|staff] [--status beta|current|deprecated|retired]";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      api: { type: "string" },
      version: { type: "string" },
      name: { type: "string" },
      visibility: { type: "string" },
      status: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || positionals.length !== 1 || !values.api) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const database = await databaseForCli();
  try {
    // Imported after DATABASE_URL is settled: the app's modules read it once.
    const { importApiVersion } = await import("../lib/catalog/import-version");
    const { readSourceFromPath } = await import("../lib/catalog/import/source-files");
    const { systemActor } = await import("../lib/auth/authorize");
    const started = Date.now();
    const summary = await importApiVersion(
      systemActor("import-openapi CLI"),
      { api: values.api, version: values.version, name: values.name, visibility: values.visibility as never, status: values.status as never },
      readSourceFromPath(positionals[0]!),
      (message) => console.log(`  ${message}`),
    );
    for (const warning of summary.warnings) console.warn(`  warning: ${warning}`);
    const what = summary.unchanged
      ? "unchanged (same document as before)"
      : `${summary.added.length} added, ${summary.changed.length} changed, ${summary.removed.length} removed`;
    console.log(`Imported ${summary.api} ${summary.version}: ${summary.operations} operations; ${what} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
    return 0;
  } catch (error) {
    const { DomainError } = await import("../lib/errors");
    console.error(`Import failed: ${error instanceof DomainError ? error.message : String(error)}`);
    if (!(error instanceof DomainError)) console.error(error);
    return 1;
  } finally {
    const { db } = await import("../lib/db");
    await db.$disconnect();
    await database.release();
  }
}

main().then((code) => process.exit(code));
