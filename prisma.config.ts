import { defineConfig } from "prisma/config";
import { createPgAdapter } from "./lib/db/connection";
import { databaseUrlOrDefault } from "./lib/db/url";

// The schema's datasource reads DATABASE_URL; without one, the CLI talks to the embedded server.
process.env.DATABASE_URL ||= databaseUrlOrDefault();

// JS schema engine + driver adapter: every Prisma CLI command runs offline (see README).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => createPgAdapter(databaseUrlOrDefault(), 2),
});
