import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const PG_NAME_OID = 19;
const PG_TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

/** Relabels `name` columns as `text`: the adapter cannot deserialize `name` (prisma/prisma#27403). */
function relabelNameColumns<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results as QueryResultLike[]) {
    for (const field of r?.fields ?? []) {
      if (field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID;
    }
  }
  return result;
}

/** A pg Client whose results never carry the `name` type, for both the promise and callback forms. */
export class NameAsTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = pg.Client.prototype.query;
    Object.assign(this, {
      query: (...args: unknown[]) => {
        const last = args.at(-1);
        if (typeof last === "function") {
          args[args.length - 1] = (err: Error | null, res: unknown) =>
            last(err, err ? res : relabelNameColumns(res));
          return Reflect.apply(query, this, args);
        }
        const out = Reflect.apply(query, this, args);
        return out instanceof Promise ? out.then(relabelNameColumns) : out;
      },
    });
  }
}

/**
 * Pool settings from a postgres:// URL, as discrete fields: with a connectionString,
 * migrate's shadow database would connect to the main database.
 */
export function poolConfigFromUrl(databaseUrl: string, max = 10): pg.PoolConfig {
  const url = new URL(databaseUrl);
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new Error(`DATABASE_URL must start with postgres:// (got ${url.protocol}//…)`);
  }
  const sslmode = url.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(url.hostname) || "127.0.0.1",
    port: Number(url.port) || 5432,
    user: decodeURIComponent(url.username) || "postgres",
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)) || "postgres",
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    max: Number(url.searchParams.get("connection_limit")) || max,
    connectionTimeoutMillis: 10_000,
    Client: NameAsTextClient,
  };
}

/** A plain pg client for scripts (admin queries, checks) that need no Prisma. */
export function plainClient(databaseUrl: string): pg.Client {
  const { Client: _prismaWorkaround, ...config } = poolConfigFromUrl(databaseUrl);
  return new pg.Client(config);
}

export function createPgAdapter(databaseUrl: string, max?: number): PrismaPg {
  return new PrismaPg(poolConfigFromUrl(databaseUrl, max));
}
