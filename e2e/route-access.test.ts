import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { EVERYONE } from "./support/roles";
import { ROUTE_ACCESS } from "./route-access";

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** app/(staff)/admin/users/page.tsx → /admin/users */
function routeOf(file: string): string {
  const segments = relative("app", file).split(sep).slice(0, -1).filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

function routesUnderApp(): { route: string; methods: string[] }[] {
  return files("app").flatMap((file) => {
    if (/[/\\]page\.tsx$/.test(file)) return [{ route: routeOf(file), methods: ["GET"] }];
    if (/[/\\]route\.ts$/.test(file)) {
      const source = readFileSync(file, "utf8");
      const methods = HTTP_METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source));
      return [{ route: routeOf(file), methods }];
    }
    return [];
  });
}

describe("route access manifest", () => {
  const routes = routesUnderApp();

  it("finds the app's routes", () => {
    expect(routes.map((r) => r.route)).toContain("/admin/users");
  });

  it.each(routes)("$route declares the expected answer of each method to each role", ({ route, methods }) => {
    for (const method of methods) {
      const entry = ROUTE_ACCESS[route]?.[method as keyof (typeof ROUTE_ACCESS)[string]];
      expect(entry, `${method} ${route} has no entry in e2e/route-access.ts`).toBeDefined();
      for (const check of [entry!].flat()) {
        for (const who of EVERYONE) expect(check.expected[who], `${method} ${route} for ${who}`).toEqual(expect.any(Number));
      }
    }
  });

  it("has no entries for routes that no longer exist", () => {
    const existing = new Set(routes.map((r) => r.route));
    expect(Object.keys(ROUTE_ACCESS).filter((r) => !existing.has(r))).toEqual([]);
  });
});
