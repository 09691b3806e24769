import { expect, request as playwrightRequest, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { BASE_URL } from "./support/env";
import { storageStatePath, uniqueEmail, uniqueIp } from "./support/roles";
import { signInByApi } from "./support/sign-in";

// Each test signs up a developer of its own, so its bell counts only what the test caused.
const PASSWORD = "copper lantern orbit fig";

async function newDeveloper(page: Page, tag: string): Promise<string> {
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() });
  const email = uniqueEmail(tag);
  expect((await page.request.post("/api/account", { data: { email, password: PASSWORD, name: "Notified Developer" } })).status()).toBe(201);
  expect((await signInByApi(page.request, email, PASSWORD)).status()).toBe(200);
  return email;
}

async function fileReport(page: Page, title: string): Promise<{ id: string; number: number }> {
  const response = await page.request.post("/api/v1/reports", {
    data: { title, description: "`GET /pet/3000000000` answers 500 instead of 404.", api: "petstore", version: "1.0.27", operation: "getPetById", impact: "degraded" },
  });
  expect(response.status()).toBe(201);
  return response.json();
}

const asAdmin = () => playwrightRequest.newContext({ baseURL: BASE_URL, storageState: storageStatePath("admin"), extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

async function adminPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath("admin") });
  return context.newPage();
}

/** The admin outbox row of the email to `to` with this subject, once the worker has moved it to the outbox. */
async function openOutboxEmail(page: Page, to: string, subject: string) {
  await page.goto("/admin/outbox");
  const row = page.getByRole("row").filter({ hasText: to }).filter({ hasText: subject });
  // No SMTP server in the tests: the background worker (every 5 s) puts the email in the outbox.
  await expect(async () => {
    await page.reload();
    await expect(row.getByText("Outbox", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await row.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
}

test("a developer sees a status change under the bell and follows it to the report; the admin reads the email in the outbox", async ({ page, browser }) => {
  const email = await newDeveloper(page, "bell");
  const title = `Large ids answer 500 (${Date.now().toString(36)})`;
  const report = await fileReport(page, title);

  await page.goto("/reports");
  await expect(page.getByRole("button", { name: "Notifications", exact: true })).toBeVisible();

  // Staff change the status through the staff API (until the triage dashboard exists).
  const admin = await asAdmin();
  const patched = await admin.patch(`/api/admin/reports/${report.id}`, { data: { status: "in_progress", note: "We can reproduce it with **large ids**." } });
  expect(patched.status()).toBe(200);
  expect((await patched.json()).status).toBe("in_progress");

  // The bell polls every 30 s and when the window regains focus; a reload shows it at once.
  await page.reload();
  const bell = page.getByRole("button", { name: "Notifications, 1 unread" });
  await expect(bell).toBeVisible();
  await bell.click();
  const panel = page.getByRole("region", { name: "Notifications" });
  const item = panel.getByRole("link", { name: new RegExp(`Report #${report.number} .* is now In progress`) });
  await expect(item).toContainText("We can reproduce it with large ids.");
  await item.click();

  await expect(page).toHaveURL(new RegExp(`/reports/${report.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("main").getByText("Status changed to In progress.")).toBeVisible();
  await expect(page.getByRole("main").getByText("We can reproduce it with large ids.")).toBeVisible();
  // Opening it marked it read.
  await expect(page.getByRole("button", { name: "Notifications", exact: true })).toBeVisible();

  // A public reply, then "Mark all as read" from the dropdown; the full list keeps both.
  expect((await admin.post(`/api/admin/reports/${report.id}/replies`, { data: { body: "Fixed in **1.0.28**." } })).status()).toBe(201);
  await page.reload();
  await page.getByRole("button", { name: "Notifications, 1 unread" }).click();
  await expect(panel.getByRole("link", { name: new RegExp(`New reply from our team on report #${report.number}`) })).toBeVisible();
  await panel.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("button", { name: "Notifications", exact: true })).toBeVisible();
  await panel.getByRole("link", { name: "See all notifications" }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(2);
  await expect(page.getByText("You have read everything.")).toBeVisible();

  const staff = await adminPage(browser);
  await openOutboxEmail(staff, email, `Report #${report.number} is now In progress`);
  const main = staff.getByRole("main");
  await expect(main).toContainText(`to ${email}`);
  await expect(main).toContainText(`/reports/${report.id}`);
  await expect(main).toContainText("We can reproduce it with large ids.");
  await expect(main).toContainText("Unsubscribe from issue reports emails");
  await admin.dispose();
  await staff.context().close();
});

test("the email's one-click link unsubscribes without signing in, and the settings show it", async ({ page, browser }) => {
  const email = await newDeveloper(page, "unsub");
  const report = await fileReport(page, `Unsubscribe check (${Date.now().toString(36)})`);
  const admin: APIRequestContext = await asAdmin();
  expect((await admin.patch(`/api/admin/reports/${report.id}`, { data: { status: "waiting_on_reporter" } })).status()).toBe(200);

  const staff = await adminPage(browser);
  await openOutboxEmail(staff, email, `Report #${report.number} is now Waiting on you`);
  const unsubscribeUrl = (await staff.getByRole("main").getByText(/\/unsubscribe\?token=/).first().textContent())!.match(/https?:\/\/\S+\/unsubscribe\?token=\S+/)![0];

  // Whoever holds the link, signed in or not.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(unsubscribeUrl.replace(/^https?:\/\/[^/]+/, BASE_URL));
  await expect(visitor.getByRole("heading", { name: "Unsubscribe from issue reports emails" })).toBeVisible();
  await visitor.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(visitor.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();

  // A mail client's RFC 8058 POST again changes nothing; a forged link is refused.
  const oneClick = await visitor.request.post(unsubscribeUrl.replace(/^https?:\/\/[^/]+/, BASE_URL), { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);
  expect((await visitor.request.get("/unsubscribe?token=forged")).status()).toBe(400);

  expect(await (await page.request.get("/api/v1/notifications/preferences")).json()).toEqual({ emailReports: false, emailForum: true });
  await page.goto("/account#notifications");
  await expect(page.getByRole("checkbox", { name: "Issue reports" })).not.toBeChecked();
  await page.getByRole("checkbox", { name: "Issue reports" }).check();
  await page.getByRole("button", { name: "Save email settings" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  expect(await (await page.request.get("/api/v1/notifications/preferences")).json()).toEqual({ emailReports: true, emailForum: true });

  await admin.dispose();
  await visitorContext.close();
  await staff.context().close();
});
