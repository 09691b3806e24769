import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { poolConfigFromUrl } from "./db/connection";
import { env } from "./env";

// One connection pool per process, shared by Prisma and the few hot paths that send SQL straight
// to it (lib/db/sql.ts): the embedded database serves one connection per process, and a second
// pool would be a second connection.
function createPool() {
  // allowExitOnIdle: scripts end when their work is done, without waiting for idle connections to time out.
  return new pg.Pool({ ...poolConfigFromUrl(env.DATABASE_URL), allowExitOnIdle: true });
}

function createPrismaClient(pool: pg.Pool) {
  return new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // Secret columns never leave the data layer unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client handed to `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process, kept across hot reloads in development.
const globalForPrisma = globalThis as unknown as { hypercarePrisma?: Db; hypercarePool?: pg.Pool };

export const pool: pg.Pool = globalForPrisma.hypercarePool ?? createPool();
export const db: Db = globalForPrisma.hypercarePrisma ?? createPrismaClient(pool);
if (env.NODE_ENV !== "production") {
  globalForPrisma.hypercarePrisma = db;
  globalForPrisma.hypercarePool = pool;
}
