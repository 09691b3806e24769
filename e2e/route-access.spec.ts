import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { ROLES } from "../lib/auth/roles";
import { BASE_URL } from "./support/env";
import { EVERYONE, storageStatePath, uniqueIp, type Who } from "./support/roles";
import { ROUTE_ACCESS, type SampleIds } from "./route-access";

// Every route, every method, every role: the answer must be exactly the one in the manifest.
test("every route answers every role as e2e/route-access.ts expects", async () => {
  // Hundreds of requests, growing with the manifest: it took 29.9 s of the default 30 in CI and then timed out.
  test.setTimeout(180_000);
  const contexts: Record<Who, APIRequestContext> = Object.fromEntries(
    await Promise.all(
      EVERYONE.map(async (who) => [
        who,
        await playwrightRequest.newContext({
          baseURL: BASE_URL,
          storageState: who === "visitor" ? undefined : storageStatePath(who as (typeof ROLES)[number]),
          extraHTTPHeaders: { "x-forwarded-for": uniqueIp() },
        }),
      ]),
    ),
  );
  const users = await (await contexts.admin.get("/api/admin/users?q=developer2%40example.com")).json();
  const report = await contexts.developer.post("/api/v1/reports", {
    data: { title: "Private report for the access test", description: "Only the reporter and staff may see this.", api: "petstore", impact: "minor" },
  });
  expect(report.status()).toBe(201);
  const ids: SampleIds = { developer2Id: users.users[0].id, privateReportId: (await report.json()).id };

  const mismatches: string[] = [];
  for (const [route, methods] of Object.entries(ROUTE_ACCESS)) {
    for (const [method, checks] of Object.entries(methods)) {
      for (const check of [checks].flat()) {
        const url = typeof check.path === "function" ? check.path(ids) : (check.path ?? route);
        for (const who of EVERYONE) {
          const response = await contexts[who].fetch(url, { method, data: check.body?.(), maxRedirects: 0 });
          if (response.status() !== check.expected[who]) {
            mismatches.push(`${method} ${url} as ${who}: expected ${check.expected[who]}, got ${response.status()}`);
          }
        }
      }
    }
  }
  expect(mismatches).toEqual([]);
  await Promise.all(Object.values(contexts).map((c) => c.dispose()));
});
