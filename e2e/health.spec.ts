import { expect, test } from "@playwright/test";

test("the health endpoint reports the app and its database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("unknown pages get the portal's own 404 page, and API errors are problem+json", async ({ page, request }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go home" })).toBeVisible();

  const bad = await request.post("/api/account", { data: "not json", headers: { "content-type": "text/plain" } });
  expect(bad.status()).toBe(422);
  expect(bad.headers()["content-type"]).toBe("application/problem+json");
  expect(await bad.json()).toMatchObject({ status: 422, detail: expect.stringContaining("JSON") });
});
