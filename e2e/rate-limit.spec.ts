import { expect, request as playwrightRequest, test } from "@playwright/test";
import { BASE_URL, DEMO_PASSWORD, SECOND_INSTANCE_URL } from "./support/env";
import { uniqueEmail, uniqueIp } from "./support/roles";
import { signInByApi } from "./support/sign-in";

test("failed sign-ins are limited per account across two app instances, with Retry-After", async () => {
  const email = uniqueEmail("locked");
  const password = "copper lantern orbit fig";
  const a = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const b = await playwrightRequest.newContext({ baseURL: SECOND_INSTANCE_URL });
  expect((await a.post("/api/account", { data: { email, password }, headers: { "x-forwarded-for": uniqueIp() } })).status()).toBe(201);

  // Five failures on each instance, each from another address: ten for the account.
  for (const instance of [a, b]) {
    for (let i = 0; i < 5; i++) {
      const response = await signInByApi(instance, email, "wrong password entirely", { "x-forwarded-for": uniqueIp() });
      expect(response.status()).toBe(401);
    }
  }

  // Now even the right password is refused, on either instance, with a clear message.
  for (const instance of [a, b]) {
    const refused = await signInByApi(instance, email, password, { "x-forwarded-for": uniqueIp() });
    expect(refused.status()).toBe(429);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(800);
    expect((await refused.json()).detail).toMatch(/^Too many failed sign-in attempts\. Try again in 1[45] minutes\.$/);
  }
  await a.dispose();
  await b.dispose();
});

test("failed sign-ins are limited per IP address, whichever accounts are tried", async ({ page }) => {
  const ip = uniqueIp();
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": ip } });
  for (let i = 0; i < 10; i++) {
    expect((await signInByApi(api, uniqueEmail("spray"), "wrong password entirely")).status()).toBe(401);
  }
  expect((await signInByApi(api, "developer@example.com", DEMO_PASSWORD)).status()).toBe(429);
  await api.dispose();

  // The sign-in form shows the same message to a person.
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": ip });
  await page.goto("/signin");
  await page.getByLabel("Email").fill("developer@example.com");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Too many failed sign-in attempts\. Try again in 1[45] minutes\./);
});
