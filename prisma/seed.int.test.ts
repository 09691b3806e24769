import { describe, expect, it } from "vitest";
import { db } from "../lib/db";
import { verifyCredentials } from "../lib/auth/accounts";
import { DEMO_ACCOUNTS, seedDemoData } from "./seed";

describe("seedDemoData", () => {
  it("creates one account per role once, and never undoes what admins changed since", async () => {
    await seedDemoData();
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(user.role).toBe(account.role);
    }
    expect(await verifyCredentials("admin@example.com", "hypercare-demo")).not.toBeNull();

    await db.user.update({ where: { email: "partner@example.com" }, data: { role: "developer" } });
    expect(await seedDemoData()).toEqual({ created: 0, apis: 0 });
    expect(await db.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } })).toBe(DEMO_ACCOUNTS.length);
    expect((await db.user.findUniqueOrThrow({ where: { email: "partner@example.com" } })).role).toBe("developer");
  }, 120_000);

  it("imports the demo APIs, with two Museum versions and a partner-only Harbor", async () => {
    await seedDemoData();
    const museum = await db.apiVersion.findMany({ where: { api: { slug: "museum" } }, select: { label: true, status: true }, orderBy: { label: "asc" } });
    expect(museum).toEqual([{ label: "1.0.0", status: "deprecated" }, { label: "1.2.1", status: "current" }]);
    expect((await db.api.findUniqueOrThrow({ where: { slug: "harbor" } })).visibility).toBe("partner");
    expect(await db.operation.count({ where: { version: { api: { slug: "petstore" } } } })).toBe(19);
  }, 120_000);
});
