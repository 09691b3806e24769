import "server-only";
import { PrismaClient } from "./generated/prisma/client";
import { createPgAdapter } from "./db/connection";
import { env } from "./env";

function createPrismaClient() {
  return new PrismaClient({
    adapter: createPgAdapter(env.DATABASE_URL),
    // Secret columns never leave the data layer unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client handed to `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process, kept across hot reloads in development.
const globalForPrisma = globalThis as unknown as { hypercarePrisma?: Db };

export const db: Db = globalForPrisma.hypercarePrisma ?? createPrismaClient();
if (env.NODE_ENV !== "production") globalForPrisma.hypercarePrisma = db;
