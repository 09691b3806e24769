import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const resolve = { alias: { "server-only": `${root}test/server-only.ts`, "@/": root } };
const INTEGRATION = ["lib/**/*.int.test.ts", "prisma/**/*.int.test.ts", "scripts/**/*.int.test.ts"];

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "e2e/**/*.test.ts", "scripts/**/*.test.ts", "docs/**/*.test.ts"],
          exclude: INTEGRATION,
          environment: "node",
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: INTEGRATION,
          globalSetup: ["test/global-database.ts"],
          setupFiles: ["test/database-env.ts"],
          testTimeout: 20_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
        test: {
          name: "embedded",
          include: INTEGRATION,
          globalSetup: ["test/global-database.ts"],
          setupFiles: ["test/database-env.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
