import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStatePath, uniqueEmail, uniqueIp } from "./support/roles";
import { signInByApi } from "./support/sign-in";

// The staff triage dashboard in the browser: a report worked from the queue with the keyboard only,
// a merge of two duplicates, and a triager to whom security items do not exist.

const PASSWORD = "copper lantern orbit fig";

/** A developer of the test's own, so what he is told is only what the test caused. */
async function newDeveloper(browser: Browser, tag: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const page = await context.newPage();
  const email = uniqueEmail(tag);
  expect((await page.request.post("/api/account", { data: { email, password: PASSWORD, name: `Reporter ${tag}` } })).status()).toBe(201);
  expect((await signInByApi(page.request, email, PASSWORD)).status()).toBe(200);
  return page;
}

async function fileReport(page: Page, title: string, visibility: "public" | "private" | "security" = "private"): Promise<{ id: string; number: number; url: string }> {
  const response = await page.request.post("/api/v1/reports", {
    data: { title, description: "Every `order.created` webhook arrives twice since the launch.", api: "museum", version: "1.2.1", operation: "buyMuseumTickets", impact: "degraded", visibility },
  });
  expect(response.status()).toBe(201);
  return response.json();
}

async function staffPage(browser: Browser, role: "triager" | "security" | "admin"): Promise<Page> {
  return (await browser.newContext({ storageState: storageStatePath(role) })).newPage();
}

/**
 * Searches the queue from the keyboard: "/" focuses the search, Enter runs it and gives the keys
 * back to the list. "/" is pressed until the search has focus: right after a navigation the page
 * may not be hydrated yet, and a key pressed then reaches no listener.
 */
async function searchQueue(page: Page, text: string) {
  const search = page.locator("#triage-search");
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(search).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

const cursorRow = (page: Page) => page.locator('tbody tr[aria-selected="true"]');

test("a triager works a new report with the keyboard only; the reporter sees the reply, the status and the targets", async ({ browser }) => {
  const reporter = await newDeveloper(browser, "keyboard");
  const title = `Webhooks delivered twice ${Date.now()}`;
  const report = await fileReport(reporter, title);
  await reporter.goto("/reports");
  await expect(reporter.getByRole("link", { name: new RegExp(title) }).getByTestId("report-targets")).toContainText("First response expected by");

  const page = await staffPage(browser, "triager");
  await page.goto("/admin/triage");
  await searchQueue(page, title);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(cursorRow(page)).toContainText(title);

  await page.keyboard.press("c");
  await page.keyboard.type("Bug");
  await page.keyboard.press("Enter");
  await expect(cursorRow(page)).toContainText("Bug");

  await page.keyboard.press("p");
  await page.keyboard.type("Major × Many");
  await page.keyboard.press("Enter");
  await expect(cursorRow(page)).toContainText("High");

  await page.keyboard.press("a");
  await page.keyboard.type("Me");
  await page.keyboard.press("Enter");
  await expect(cursorRow(page)).toContainText("Tom Triager");

  // Open it, answer publicly, go back up and resolve it with a note.
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByLabel("Severity")).toHaveValue("major");
  await expect(page.getByLabel("Impact")).toHaveValue("many");
  await expect(async () => {
    await page.keyboard.press("r");
    await expect(page.locator("#item-text")).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.type("Thanks! We found the retry that sends it twice and are fixing it.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByText("Reply sent to the reporter.")).toBeVisible();
  await expect(page.locator('[data-kind="reply"]')).toContainText("We found the retry");

  await page.keyboard.press("Escape"); // leaves the reply box
  await page.keyboard.press("u");
  await expect(page).toHaveURL(/\/admin\/triage$/);
  await searchQueue(page, title);
  await expect(cursorRow(page)).toContainText(title);
  await page.keyboard.press("s");
  await page.keyboard.type("Resolved");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Fixed in the 1.2.2 deployment: each event is sent once.");
  await page.keyboard.press("Control+Enter");
  await expect(page.locator("tbody tr")).toHaveCount(0); // the queue shows open items only

  // The reporter: the reply, the new status, and the targets met.
  await reporter.goto(report.url);
  await expect(reporter.getByText("We found the retry that sends it twice")).toBeVisible();
  await expect(reporter.getByText("Fixed in the 1.2.2 deployment")).toBeVisible();
  await expect(reporter.getByTestId("report-targets")).toContainText("Answered · resolved");
  await reporter.goto("/notifications");
  await expect(reporter.getByText(`Report #${report.number}`, { exact: false }).first()).toBeVisible();
  await expect(reporter.getByText(/is now Resolved/)).toBeVisible();
});

test("merging two duplicates tells both reporters", async ({ browser }) => {
  const first = await newDeveloper(browser, "canonical");
  const second = await newDeveloper(browser, "duplicate");
  const stamp = Date.now();
  const canonical = await fileReport(first, `Family tickets fail with 500 (${stamp})`, "public");
  const duplicate = await fileReport(second, `500 on family ticket purchase (${stamp})`, "public");

  const page = await staffPage(browser, "triager");
  await page.goto("/admin/triage");
  await searchQueue(page, `#${canonical.number}`);
  await expect(cursorRow(page)).toContainText("Family tickets fail with 500");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/triage\/\d+$/);
  const canonicalItem = Number(/\/admin\/triage\/(\d+)$/.exec(page.url())![1]);

  await page.goto("/admin/triage");
  await searchQueue(page, `#${duplicate.number}`);
  await expect(cursorRow(page)).toContainText("500 on family ticket purchase");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("500 on family ticket purchase");
  await page.getByLabel("Merge into item number").fill(`T-${canonicalItem}`);
  await page.getByRole("button", { name: "Merge as duplicate" }).click();
  await expect(page.getByText(`Duplicate of`)).toBeVisible();

  await second.goto("/notifications");
  await expect(second.getByText(`Report #${duplicate.number}`).first()).toContainText(`merged into report #${canonical.number}`);
  await first.goto("/notifications");
  await expect(first.getByText(`Report #${duplicate.number} was merged into your report #${canonical.number}`)).toBeVisible();
});

test("a triager never sees a security item; security staff do", async ({ browser }) => {
  const reporter = await newDeveloper(browser, "security");
  const title = `Session token in the URL ${Date.now()}`;
  await fileReport(reporter, title, "security");

  const security = await staffPage(browser, "security");
  await security.goto("/admin/triage");
  await searchQueue(security, title);
  await expect(cursorRow(security)).toContainText(title);
  await security.keyboard.press("Enter");
  await expect(security).toHaveURL(/\/admin\/triage\/\d+$/);
  const itemPath = new URL(security.url()).pathname;

  const triager = await staffPage(browser, "triager");
  await triager.goto("/admin/triage");
  await searchQueue(triager, title);
  await expect(triager.getByText("0 items")).toBeVisible();
  await expect(triager.getByText(title)).toHaveCount(0);
  expect((await triager.goto(itemPath))?.status()).toBe(404);
  const csv = await triager.request.get(`/api/admin/triage/export?q=${encodeURIComponent(title)}`);
  expect(await csv.text()).not.toContain(title);
  await triager.goto("/admin");
  await expect(triager.getByText(title)).toHaveCount(0);
});
