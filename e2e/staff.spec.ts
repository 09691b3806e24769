import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/env";
import { storageStatePath, uniqueEmail, uniqueIp } from "./support/roles";

test.describe("as a developer", () => {
  test.use({ storageState: storageStatePath("developer") });

  test("the staff area does not exist", async ({ page, request }) => {
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText("Users")).toHaveCount(0);
    await expect(page.getByRole("banner").getByRole("link", { name: "Staff" })).toHaveCount(0);

    const api = await request.get("/api/admin/users");
    expect(api.status()).toBe(404);
    expect(api.headers()["content-type"]).toContain("application/problem+json");
    expect(await api.text()).not.toContain("@example.com");
  });
});

test("an admin promotes a user, and the user's very next request has the new role", async ({ browser }) => {
  const email = uniqueEmail("promote");
  const password = "copper lantern orbit fig";
  const headers = { "x-forwarded-for": uniqueIp() };

  // The user signs up and signs in; the staff area is not there for them.
  const userContext = await browser.newContext({ extraHTTPHeaders: headers });
  const created = await userContext.request.post("/api/account", { data: { email, password } });
  expect(created.status()).toBe(201);
  const user = await userContext.newPage();
  await user.goto("/signin");
  await user.getByLabel("Email").fill(email);
  await user.getByLabel("Password").fill(password);
  await user.getByRole("button", { name: "Sign in" }).click();
  await expect(user).toHaveURL(/\/account$/);
  expect((await user.goto("/admin"))?.status()).toBe(404);

  // The admin finds them and makes them a triager.
  const adminContext = await browser.newContext({ storageState: storageStatePath("admin"), extraHTTPHeaders: headers });
  const admin = await adminContext.newPage();
  await admin.goto("/admin/users");
  await admin.getByLabel("Search by email or name").fill(email);
  await admin.getByRole("button", { name: "Search" }).click();
  await expect(admin.getByText("1 account match")).toBeVisible();
  await admin.getByLabel(`Role of ${email}`).selectOption("triager");
  await expect(admin.getByText("Role saved")).toBeVisible();

  // Same session cookie, no new sign-in: the next request sees the new role.
  const promoted = await user.goto("/admin");
  expect(promoted?.status()).toBe(200);
  await expect(user.getByRole("heading", { name: "Staff area" })).toBeVisible();
  await expect(user.getByText(`Signed in as ${email} (Triager).`)).toBeVisible();

  // The change is in the audit log, with who made it.
  await admin.goto("/admin/audit");
  const row = admin.getByRole("row").filter({ hasText: `${email} from developer to triager` });
  await expect(row).toContainText("admin@example.com");
  await expect(row).toContainText("user.role.change");

  // And demoting takes effect just as fast.
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByLabel(`Role of ${email}`).selectOption("developer");
  await expect(admin.getByText("Role saved")).toBeVisible();
  expect((await user.goto("/admin"))?.status()).toBe(404);

  await userContext.close();
  await adminContext.close();
});

test("a triager sees the staff area but not the admin pages", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStatePath("triager") });
  const page = await context.newPage();
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Staff team" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Staff area" }).getByRole("link")).toHaveText(["Overview", "Triage queue", "Doc ratings", "Forum flags"]);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access" })).toBeVisible();
  await context.close();
});

test("demo accounts sign in with the documented password", async ({ request }) => {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "security@example.com", password: DEMO_PASSWORD, json: "true" },
    headers: { "x-forwarded-for": uniqueIp() },
  });
  expect(response.status()).toBe(200);
  expect((await (await request.get("/api/account")).json()).account.role).toBe("security");
});
