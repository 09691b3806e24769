import { describe, expect, it } from "vitest";
import { db } from "./db";
import { checkDatabase } from "./health";

describe("checkDatabase", () => {
  it("reports a reachable database as ok", async () => {
    expect(await checkDatabase()).toEqual({ ok: true });
  });

  it("reads PostgreSQL `name` columns through the adapter (prisma/prisma#27403 workaround)", async () => {
    const rows = await db.$queryRaw<{ datname: string }[]>`SELECT datname FROM pg_database LIMIT 1`;
    expect(typeof rows[0]?.datname).toBe("string");
  });
});
