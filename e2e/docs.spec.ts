import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { startEchoServer } from "./support/echo-server";
import { storageStatePath } from "./support/roles";

test("a visitor browses from the catalog to an operation and switches versions", async ({ page }) => {
  await page.goto("/docs");
  await page.getByRole("link", { name: /Museum API/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Museum API" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Base URLs" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: /\/special-events\/\{eventId\}.*Get special event/ }).click();

  await expect(page).toHaveURL(/\/docs\/museum\/1\.2\.1\/getSpecialEvent$/);
  await expect(page.getByRole("heading", { level: 1, name: "Get special event" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Parameters", exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByText("eventId", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("tab", { name: "curl" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel")).toContainText("curl 'https://redocly.com/_mock/docs/openapi/museum-api/special-events/");
  await page.getByRole("tab", { name: "Python" }).click();
  await expect(page.getByRole("tabpanel")).toContainText("import requests");

  // Same operation in the older version, which is deprecated.
  await page.getByRole("main").locator("summary", { hasText: "1.2.1" }).click();
  await page.getByRole("link", { name: /^1\.0\.0/ }).click();
  await expect(page).toHaveURL(/\/docs\/museum\/1\.0\.0\/getSpecialEvent$/);
  await expect(page.getByRole("note")).toContainText("Version 1.0.0 is deprecated and stops working on 2027-03-31");

  // An operation the older version lacks: the switcher says so and leads to the version's overview.
  await page.goto("/docs/museum/1.2.1/getTicketCode");
  await page.getByRole("main").locator("summary", { hasText: "1.2.1" }).click();
  await expect(page.getByRole("link", { name: /1\.0\.0.*Not in this version/ })).toHaveAttribute("href", "/docs/museum/1.0.0");
});

test('searching "pet by id" leads to GET /pet/{petId}', async ({ page }) => {
  await page.goto("/docs");
  await page.getByLabel("Search the docs").fill("pet by id");
  await page.getByRole("button", { name: "Search" }).click();
  const first = page.getByRole("list").filter({ hasText: "/pet/{petId}" }).getByRole("link").first();
  await expect(first).toContainText("Find pet by ID.");
  await first.click();
  await expect(page).toHaveURL(/\/docs\/petstore\/1\.0\.27\/getPetById$/);
});

test("the partner-only API exists for partners and not for developers", async ({ browser }) => {
  const developer = await browser.newContext({ storageState: storageStatePath("developer") });
  const partner = await browser.newContext({ storageState: storageStatePath("partner") });
  const devPage = await developer.newPage();
  await devPage.goto("/docs");
  await expect(devPage.getByRole("link", { name: /Harbor Registry API/ })).toHaveCount(0);
  await devPage.goto("/docs?q=harbor+repository");
  await expect(devPage.getByRole("main")).not.toContainText("Harbor");
  const partnerPage = await partner.newPage();
  await partnerPage.goto("/docs");
  await partnerPage.getByRole("link", { name: /Harbor Registry API/ }).click();
  await expect(partnerPage.getByText("Partners only")).toBeVisible();
  await developer.close();
  await partner.close();
});

test("an operation page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/docs/museum/1.2.1/buyMuseumTickets");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.length}`);
  expect(serious).toEqual([]);
});

test("an admin imports a document in the staff area, and a developer tries its operation against the server", async ({ browser }) => {
  const echo = await startEchoServer();
  const slug = `echo-${Date.now().toString(36)}`;
  const document = `openapi: 3.0.3
info: { title: Echo API, version: "1.0" }
servers: [{ url: "${echo.url}" }]
components:
  securitySchemes:
    key: { type: apiKey, in: header, name: X-Api-Key }
security: [{ key: [] }]
paths:
  /echo/{word}:
    get:
      operationId: echoWord
      summary: Echo a word
      parameters: [{ name: word, in: path, required: true, schema: { type: string, example: hello } }]
      responses: { "200": { description: "The request, echoed" } }
`;
  const admin = await browser.newContext({ storageState: storageStatePath("admin") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/apis");
  await adminPage.getByLabel("API slug").fill(slug);
  const chooser = adminPage.waitForEvent("filechooser");
  await adminPage.getByRole("button", { name: "Choose file" }).click();
  await (await chooser).setFiles({ name: "echo.yaml", mimeType: "application/yaml", buffer: Buffer.from(document) });
  await adminPage.getByRole("button", { name: "Import", exact: true }).click();
  await expect(adminPage.getByRole("heading", { name: `Imported ${slug} 1.0 (new API, new version)` })).toBeVisible();
  await admin.close();

  const developer = await browser.newContext({ storageState: storageStatePath("developer") });
  const page = await developer.newPage();
  const scripts: string[] = [];
  page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
  await page.goto(`/docs/${slug}/1.0/echoWord`);
  await expect(page.getByRole("heading", { level: 1, name: "Echo a word" })).toBeVisible();
  const initialScripts = scripts.length;

  await page.getByRole("button", { name: "Try it", exact: true }).click();
  await expect(page.locator(".swagger-ui")).toBeVisible({ timeout: 20_000 });
  expect(scripts.length).toBeGreaterThan(initialScripts); // swagger-ui arrived only now, on demand

  await page.locator(".swagger-ui .authorize").click();
  await page.locator(".swagger-ui .auth-container input").fill("my-secret-key");
  await page.locator(".swagger-ui .auth-btn-wrapper .authorize").click();
  await page.locator(".swagger-ui .btn-done").click();
  // The console opens ready to send: inputs are editable without pressing "Try it out".
  await page.getByRole("textbox", { name: "word" }).fill("hypercare");
  await page.getByRole("button", { name: "Execute" }).click();
  await expect(page.locator(".swagger-ui .responses-wrapper")).toContainText('"url": "/echo/hypercare"');
  await expect(page.locator(".swagger-ui .responses-wrapper")).toContainText('"apiKey": "my-secret-key"');

  // When the server cannot be reached, the console says why in plain words.
  await echo.close();
  await page.getByRole("button", { name: "Execute" }).click();
  await expect(page.locator(".swagger-ui")).toContainText(`Your browser could not get a response from ${echo.url}`);
  await developer.close();
});

test("the sitemap lists public docs pages and nothing partner-only", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  expect(xml).toContain("/docs/petstore/1.0.27/getPetById</loc>");
  expect(xml).toContain("/docs/hypercare/1.0/searchCatalog</loc>");
  expect(xml).not.toContain("/docs/harbor");
});

test("docs pages come from the cache, for signed-in readers of public APIs too, with the right header", async ({ browser, playwright }) => {
  const path = "/docs/petstore/1.0.27/findPetsByStatus";
  const visitor = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  // Another test's write may drop the cached pages in between: ask until the copy is served from the cache.
  await expect.poll(async () => (await visitor.get(path)).headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await (await visitor.get(path)).text()).toContain(">Sign in<");
  expect((await visitor.get("/docs/harbor/2.0/getRepository")).status()).toBe(404);

  // A signed-in developer gets the members' copy; the header learns who he is in the browser.
  const developer = await browser.newContext({ storageState: storageStatePath("developer") });
  const page = await developer.newPage();
  await expect.poll(async () => (await page.goto(path))!.headers()["x-nextjs-cache"]).toBe("HIT");
  await expect(page.getByLabel(/Account menu for developer@example\.com/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff" })).toHaveCount(0);

  // A partner-only API is rendered per request, for those allowed to see it.
  const partner = await browser.newContext({ storageState: storageStatePath("partner") });
  const partnerPage = await partner.newPage();
  const harbor = await partnerPage.goto("/docs/harbor/2.0/getRepository");
  expect(harbor!.status()).toBe(200);
  expect(harbor!.headers()["x-nextjs-cache"]).toBeUndefined();
  await expect(partnerPage.getByLabel(/Account menu for partner@example\.com/)).toBeVisible();

  // Staff find their Staff link on cached pages too.
  const admin = await browser.newContext({ storageState: storageStatePath("admin") });
  const adminPage = await admin.newPage();
  await adminPage.goto(path);
  await expect(adminPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff" })).toBeVisible();
  await Promise.all([visitor.dispose(), developer.close(), partner.close(), admin.close()]);
});
