import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDocument } from "../../lib/catalog/import/load-document";
import { readSourceFromPath } from "../../lib/catalog/import/source-files";

// The portal's own API description must match the routes that exist, both ways.
const PUBLIC_ROUTES = ["/api/health", "/api/account", "/api/v1/apis", "/api/v1/apis/{api}", "/api/v1/apis/{api}/versions/{version}/operations", "/api/v1/apis/{api}/versions/{version}/operations/{operation}/try-it", "/api/v1/apis/{api}/diff", "/api/v1/search", "/api/v1/reports", "/api/v1/reports/{id}", "/api/v1/reports/{id}/comments", "/api/v1/reports/{id}/close", /* Doc-page ratings */ "/api/v1/ratings", /* Notifications */ "/api/v1/notifications", "/api/v1/notifications/unread-count", "/api/v1/notifications/read", "/api/v1/notifications/preferences", "/api/v1/reports/{id}/attachments", "/api/v1/attachments/{id}", "/api/v1/reports/{id}/affected", /* Forum */ "/api/v1/forum/categories", "/api/v1/forum/threads", "/api/v1/forum/threads/{number}", "/api/v1/forum/threads/{number}/replies", "/api/v1/forum/threads/{number}/vote", "/api/v1/forum/threads/{number}/accepted-answer", "/api/v1/forum/threads/{number}/flags", "/api/v1/forum/posts/{id}", "/api/v1/forum/posts/{id}/vote", "/api/v1/forum/posts/{id}/flags", "/api/v1/forum/flags", "/api/v1/forum/flags/{id}"];

function routeFile(path: string): string {
  return `app${path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;
}

function exportedMethods(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source));
}

describe("docs/api/openapi.yaml", async () => {
  const { document } = await loadDocument(readSourceFromPath("docs/api/openapi.yaml"));

  it("is a valid OpenAPI 3.1 document", () => {
    expect(document.format).toBe("openapi-3.1");
    expect(document.operations.length).toBeGreaterThanOrEqual(8);
  });

  it.each(PUBLIC_ROUTES)("documents every method of %s, and only those", (path) => {
    const file = routeFile(path);
    expect(existsSync(file), `${file} exists`).toBe(true);
    const documented = document.operations.filter((o) => o.path === path).map((o) => o.method.toUpperCase()).sort();
    expect(documented).toEqual(exportedMethods(file).sort());
  });

  it("describes no route that does not exist", () => {
    for (const op of document.operations) expect(PUBLIC_ROUTES, `${op.method} ${op.path}`).toContain(op.path);
  });

  it("lists every public JSON route under app/api/v1", () => {
    const routes = readdirSync("app/api/v1", { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith("route.ts"))
      .map((f) => `/api/v1/${f}`.replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}"));
    expect(routes.sort()).toEqual(PUBLIC_ROUTES.filter((r) => r.startsWith("/api/v1")).sort());
  });
});
