/** Port of the embedded PostgreSQL (PGlite) server; 5432 belongs to a real server. */
export const DEFAULT_EMBEDDED_DB_PORT = 54329;

/**
 * One connection per process: pglite-socket mixes up the extended-protocol messages (Parse/Bind)
 * of several concurrent connections ("unnamed prepared statement does not exist", wrong rows).
 * PGlite runs one query at a time anyway, so a single connection costs no throughput.
 */
export function embeddedDatabaseUrl(port: number = DEFAULT_EMBEDDED_DB_PORT): string {
  return `postgres://postgres:postgres@127.0.0.1:${port}/postgres?connection_limit=1`;
}

/** The configured database, or the embedded one the launcher starts when none is configured. */
export function databaseUrlOrDefault(): string {
  return process.env.DATABASE_URL || embeddedDatabaseUrl(Number(process.env.EMBEDDED_DB_PORT) || undefined);
}
