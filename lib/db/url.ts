/** Port of the embedded PostgreSQL (PGlite) server; 5432 belongs to a real server. */
export const DEFAULT_EMBEDDED_DB_PORT = 54329;

export function embeddedDatabaseUrl(port: number = DEFAULT_EMBEDDED_DB_PORT): string {
  return `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}

/** The configured database, or the embedded one the launcher starts when none is configured. */
export function databaseUrlOrDefault(): string {
  return process.env.DATABASE_URL || embeddedDatabaseUrl(Number(process.env.EMBEDDED_DB_PORT) || undefined);
}
