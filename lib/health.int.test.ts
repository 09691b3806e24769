import { describe, expect, it } from "vitest";
import { PrismaClient } from "./generated/prisma/client";
import { createPgAdapter } from "./db/connection";
import { db } from "./db";
import { checkDatabase } from "./health";

describe("checkDatabase", () => {
  it("reports a reachable database as ok", async () => {
    expect(await checkDatabase()).toEqual({ ok: true });
  });

  it("reports an unreachable database with a reason that leaks no connection details", async () => {
    const unreachable = new PrismaClient({ adapter: createPgAdapter("postgres://app:s3cret@127.0.0.1:1/portal") });
    const result = await checkDatabase(unreachable);
    expect(result.ok).toBe(false);
    expect(result).toHaveProperty("reason", expect.stringMatching(/^database /));
    expect(JSON.stringify(result)).not.toContain("s3cret");
    await unreachable.$disconnect();
  });

  it("reads PostgreSQL `name` columns through the adapter (prisma/prisma#27403 workaround)", async () => {
    const rows = await db.$queryRaw<{ datname: string }[]>`SELECT datname FROM pg_database LIMIT 1`;
    expect(typeof rows[0]?.datname).toBe("string");
  });
});
