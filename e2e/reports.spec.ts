import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/env";
import { storageStatePath, uniqueIp } from "./support/roles";

test.describe("as a developer", () => {
  test.use({ storageState: storageStatePath("developer") });

  test("reports an issue from an operation page with its context, once, and finds it under My reports", async ({ page }) => {
    const title = `Large ids answer 500 (${Date.now().toString(36)})`;
    await page.goto("/docs/petstore/1.0.27/getPetById");
    await page.getByRole("link", { name: "Report an issue" }).click();
    await expect(page).toHaveURL(/\/reports\/new\?api=petstore&version=1\.0\.27&operation=getPetById/);
    const context = page.getByRole("region", { name: "Sent with your report" });
    await expect(context).toContainText("Swagger Petstore 1.0.27");
    await expect(context).toContainText("GET /pet/{petId}");
    await expect(context).toContainText("/docs/petstore/1.0.27/getPetById");

    await page.getByLabel("Title").fill(title);
    await page.getByLabel("What happened", { exact: true }).fill("`GET /pet/3000000000` answers **500** instead of 404.");
    await page.getByLabel("Request or correlation id").fill("req_7f3a9");
    await page.getByText("Degraded", { exact: true }).click();
    await page.getByRole("button", { name: "Send report" }).dblclick();

    await expect(page).toHaveURL(/\/reports\/c[a-z0-9]+$/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Open");
    await expect(page.getByRole("main").getByText("500", { exact: true })).toBeVisible(); // Markdown rendered: **500**
    await expect(page.getByRole("link", { name: "Swagger Petstore 1.0.27 · getPetById" })).toHaveAttribute("href", "/docs/petstore/1.0.27/getPetById");

    // Add information, then close the report.
    await page.getByRole("textbox", { name: "Add information" }).fill("Also fails for id `0`.");
    await page.getByRole("button", { name: "Add comment" }).click();
    await expect(page.getByRole("list").getByText("Also fails for id")).toBeVisible();
    await page.getByRole("button", { name: "Close my report" }).click();
    await expect(page.getByText("This report is closed.")).toBeVisible();
    await expect(page.getByRole("list").getByText("Status changed to Closed.")).toBeVisible();

    await page.goto("/reports");
    await expect(page.getByRole("link", { name: new RegExp(title.replace(/[()]/g, "\\$&")) })).toHaveCount(1);
  });

  test("explains what is missing before sending", async ({ page }) => {
    await page.goto("/reports/new?api=petstore");
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByText("Give the report a title.")).toBeVisible();
    await expect(page.getByText(/Impact must be one of/)).toBeVisible();
  });
});

test("a public report with a log attached: the file is the reporter's, other developers say it affects them too", async ({ browser }) => {
  const title = `Orders stuck in pending (${Date.now().toString(36)})`;
  const reporter = await browser.newContext({ storageState: storageStatePath("developer") });
  const page = await reporter.newPage();
  await page.goto("/reports/new?api=petstore&version=1.0.27&operation=getOrderById");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("What happened", { exact: true }).fill("Orders stay `pending` for hours.");
  await page.getByText("Degraded", { exact: true }).click();
  await page.getByText("Public", { exact: true }).click();
  await page.getByLabel("Attachments (optional)").setInputFiles({ name: "orders.log", mimeType: "text/plain", buffer: Buffer.from("GET /store/order/7 -> 200 pending\n") });
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page).toHaveURL(/\/reports\/c[a-z0-9]+$/);
  const reportUrl = page.url();
  const attachments = page.getByRole("region", { name: "Attachments" });
  await expect(attachments.getByRole("link", { name: "orders.log" })).toBeVisible();
  const fileUrl = await attachments.getByRole("link", { name: "orders.log" }).getAttribute("href");
  const download = await page.request.get(fileUrl!);
  expect(download.status()).toBe(200);
  expect(await download.text()).toContain("pending");
  expect(download.headers()["content-disposition"]).toContain('attachment; filename="orders.log"');
  // A file of a kind the portal does not take is refused with the reason.
  await attachments.getByLabel("Files to attach").setInputFiles({ name: "diagram.svg", mimeType: "image/svg+xml", buffer: Buffer.from("<svg onload=alert(1)>") });
  await attachments.getByRole("button", { name: /Attach/ }).click();
  await expect(attachments.getByText(/diagram\.svg: this kind of file cannot be attached/)).toBeVisible();

  const other = await browser.newContext({ storageState: storageStatePath("partner") });
  const otherPage = await other.newPage();
  await otherPage.goto("/docs/petstore/1.0.27/getOrderById");
  await otherPage.getByRole("region", { name: "Known issues" }).getByRole("link", { name: new RegExp(title.replace(/[()]/g, "\\$&")) }).click();
  await expect(otherPage).toHaveURL(reportUrl);
  await expect(otherPage.getByRole("region", { name: "Attachments" })).toHaveCount(0);
  expect((await otherPage.request.get(fileUrl!)).status()).toBe(404);
  await expect(otherPage.getByText("Nobody else has said this affects them yet.")).toBeVisible();
  await otherPage.getByLabel("Your app (optional)").fill("Shop frontend");
  await otherPage.getByRole("button", { name: "Affects me too" }).click();
  await expect(otherPage.getByText("Affects 1 other developer (1 app) too.")).toBeVisible();
  await expect(otherPage.getByText("You are among them (Shop frontend)")).toBeVisible();

  await page.reload();
  await expect(page.getByText("Affects 1 other developer (1 app) too.")).toBeVisible();
  await reporter.close();
  await other.close();
});

test("a visitor is sent to sign in and comes back to the same report form", async ({ page }) => {
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() });
  await page.goto("/docs/museum/1.2.1/getTicketCode");
  await page.getByRole("link", { name: "Report an issue" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.getByLabel("Email").fill("developer2@example.com");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/reports\/new\?api=museum&version=1\.2\.1&operation=getTicketCode/);
  await expect(page.getByRole("region", { name: "Sent with your report" })).toContainText("GET /tickets/{ticketId}/qr");
});
