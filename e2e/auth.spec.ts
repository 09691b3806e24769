import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/env";
import { uniqueEmail, uniqueIp } from "./support/roles";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

test("a visitor signs up, lands on their account as a developer, signs out and signs back in", async ({ page }) => {
  const email = uniqueEmail("signup");
  const password = "copper lantern orbit fig";

  await page.goto("/");
  await page.getByRole("link", { name: "Create a developer account" }).click();
  await expect(page).toHaveURL(/\/signup/);
  await page.getByLabel("Name").fill("Jane Builder");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByRole("main").getByText(email)).toBeVisible();
  await expect(page.getByRole("main").getByText("Developer", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("main").getByText("Jane Builder")).toBeVisible();
});

test("sign-up explains what is wrong with each field", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();

  await page.getByLabel("Email").fill(uniqueEmail("weak"));
  await page.getByLabel("Password").fill("password1234");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/too common or too easy to guess/)).toBeVisible();

  await page.getByLabel("Email").fill("developer@example.com");
  await page.getByLabel("Password").fill("copper lantern orbit fig");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/already exists/);
});

test("a wrong password and an unknown email get the same answer", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("developer@example.com");
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  const wrongPassword = await page.getByRole("main").getByRole("alert").textContent();

  await page.getByLabel("Email").fill(uniqueEmail("nobody"));
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(wrongPassword!);
  expect(wrongPassword).toBe("That email and password do not match an account.");
});
