import type { TestProject } from "vitest/node";
import { configuredTestServer, provisionTestDatabase } from "../scripts/lib/test-database";

/**
 * Vitest global setup for the integration projects. The "embedded" project always runs on a
 * throwaway PGlite server; "integration" runs on the configured PostgreSQL server, or on
 * PGlite when none is configured.
 */
export default async function setup(project: TestProject) {
  const kind = project.name === "embedded" || !configuredTestServer() ? "embedded" : "postgres";
  const database = await provisionTestDatabase(kind);
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
  return database.dispose;
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "postgres" | "embedded";
  }
}
