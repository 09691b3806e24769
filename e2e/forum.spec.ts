import { expect, test, type Browser } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/env";
import { storageStatePath, uniqueEmail, uniqueIp } from "./support/roles";
import { signInByApi } from "./support/sign-in";

const OPERATION_PAGE = "/docs/petstore/1.0.27/getPetById";

/** A browser context signed in as an account that has no stored login state (developer2, fresh sign-ups). */
async function signedInContext(browser: Browser, email: string, password: string) {
  const ip = uniqueIp();
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  expect((await signInByApi(context.request, email, password)).status()).toBe(200);
  return context;
}

test("a developer starts a thread from an operation page, another answers, and the author accepts the answer", async ({ browser }) => {
  const title = `Does getPetById cache 404s? (${Date.now().toString(36)})`;
  const author = await browser.newContext({ storageState: storageStatePath("developer") });
  const page = await author.newPage();

  // Start from the operation's page: "Related discussions" offers to start one, prefilled.
  await page.goto(OPERATION_PAGE);
  const related = page.getByRole("region", { name: "Related discussions" });
  await related.getByRole("link", { name: "Start a discussion" }).click();
  await expect(page).toHaveURL(/\/forum\/new\?api=petstore&version=1\.0\.27&operation=getPetById/);
  await expect(page.getByRole("region", { name: "About" })).toContainText("Swagger Petstore 1.0.27");
  await expect(page.getByRole("region", { name: "About" })).toContainText("GET /pet/{petId}");
  await expect(page.getByLabel("Category")).toHaveValue("petstore");

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Tags").fill("caching, Pets");
  await page.getByRole("textbox", { name: "Your question or idea" }).fill("After a `404` for a new pet, later calls keep answering **404** for a minute. Is there a cache?");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("main").getByText("404", { exact: true }).first()).toBeVisible(); // Markdown rendered: **404**
  await page.getByRole("button", { name: "Post thread" }).click();

  await expect(page).toHaveURL(/\/forum\/t\/\d+$/);
  const threadUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Swagger Petstore 1.0.27 · getPetById" })).toHaveAttribute("href", OPERATION_PAGE);
  await expect(page.getByRole("link", { name: "#caching" })).toBeVisible();
  await expect(page.getByRole("link", { name: "#pets" })).toBeVisible();
  await expect(page.getByText("No replies yet")).toBeVisible();

  // The operation's page lists it under "Related discussions".
  await page.goto(OPERATION_PAGE);
  await expect(page.getByRole("region", { name: "Related discussions" }).getByRole("link", { name: title })).toHaveAttribute("href", threadUrl);

  // Another developer answers.
  const other = await signedInContext(browser, "developer2@example.com", DEMO_PASSWORD);
  const otherPage = await other.newPage();
  await otherPage.goto(threadUrl);
  await otherPage.getByRole("textbox", { name: "Reply", exact: true }).fill("Yes: misses are cached for 60 s. Wait a minute, or create the pet with a client-side id.");
  await otherPage.getByRole("button", { name: "Post reply" }).click();
  await expect(otherPage.getByRole("article", { name: /Reply 1 by Dev Second/ })).toContainText("misses are cached for 60 s");
  await expect(otherPage.getByRole("button", { name: "Accept answer" })).toHaveCount(0);

  // The author accepts it: highlighted, and linked at the top.
  await page.goto(threadUrl);
  const reply = page.getByRole("article", { name: /Reply 1 by Dev Second/ });
  await reply.getByRole("button", { name: /Upvote/ }).click();
  await expect(reply.getByRole("button", { name: /Upvoted · 1/ })).toBeVisible();
  await reply.getByRole("button", { name: "Accept answer" }).click();
  await expect(page.getByRole("article", { name: /the accepted answer/ })).toContainText("Accepted answer");
  const solution = page.getByRole("complementary", { name: /Solved: answer by Dev Second/ });
  await expect(solution).toBeVisible();
  await expect(solution.getByRole("link", { name: "Go to the accepted answer ↓" })).toHaveAttribute("href", /^#post-/);
  await expect(page.getByText("Solved", { exact: true })).toBeVisible();

  await Promise.all([author.close(), other.close()]);
});

test("a fresh account hits the posting limit and is told when to try again", async ({ browser, request }) => {
  const email = uniqueEmail("forum-new");
  const password = "copper lantern orbit fig";
  const signUp = await request.post("/api/account", { data: { email, password, name: "Fresh Poster" }, headers: { "x-forwarded-for": uniqueIp() } });
  expect(signUp.status()).toBe(201);
  const context = await signedInContext(browser, email, password);
  const page = await context.newPage();

  await page.goto("/forum/new");
  await page.getByLabel("Title").fill("First question from a new account");
  await page.getByRole("textbox", { name: "Your question or idea" }).fill("How do I get a partner account for the Harbor API?");
  await page.getByRole("button", { name: "Post thread" }).click();
  await expect(page).toHaveURL(/\/forum\/t\/\d+$/);
  await page.waitForLoadState("networkidle"); // the reply form works once hydrated

  // A second post right away: new accounts post once every 30 seconds.
  await page.getByRole("textbox", { name: "Reply", exact: true }).fill("Also: is there a sandbox for it?");
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(/New accounts can post once every 30 seconds\. Try again in \d+ seconds?\./);
  // The text is still there to send later.
  await expect(page.getByRole("textbox", { name: "Reply", exact: true })).toHaveValue("Also: is there a sandbox for it?");
  await context.close();
});

test("visitors read the forum and are asked to sign in to take part", async ({ page }) => {
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() });
  await page.goto("/forum");
  await expect(page.getByRole("heading", { level: 1, name: "Forum" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: /Swagger Petstore/ })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: /Harbor/ })).toHaveCount(0);
  // The seeded thread, found by its tag (other tests keep adding newer threads).
  await page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: /Swagger Petstore/ }).click();
  await expect(page).toHaveURL(/\/forum\/c\/petstore$/);
  await page.getByLabel("Tag", { exact: true }).fill("consistency");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/\/forum\/c\/petstore\?tag=consistency$/);
  await page.getByRole("link", { name: "getPetById answers 404 for a pet I just created" }).click();
  await expect(page.getByRole("complementary", { name: /Solved: answer by Tom Triager \(staff\)/ })).toBeVisible();
  await expect(page.getByRole("article", { name: /the accepted answer/ }).getByText("Staff", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Sign in to reply" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fforum%2Ft%2F\d+%23reply/);
});
