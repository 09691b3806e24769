import { inject } from "vitest";

// Runs before each integration test file imports lib/db, which reads DATABASE_URL once.
process.env.DATABASE_URL = inject("databaseUrl");
