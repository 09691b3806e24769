import { describe, expect, it } from "vitest";
import { NameAsTextClient, poolConfigFromUrl } from "./connection";

describe("poolConfigFromUrl", () => {
  it("splits a URL into discrete fields and uses the name-type workaround client", () => {
    const config = poolConfigFromUrl("postgresql://app:p%40ss@db.internal:6543/portal?sslmode=require&connection_limit=4");
    expect(config).toMatchObject({ host: "db.internal", port: 6543, user: "app", password: "p@ss", database: "portal", max: 4 });
    expect(config.ssl).toEqual({ rejectUnauthorized: false });
    expect(config.Client).toBe(NameAsTextClient);
  });

  it("refuses a URL for another database engine with a clear message", () => {
    expect(() => poolConfigFromUrl("mysql://root@localhost/db")).toThrow(/must start with postgres:\/\//);
  });
});
