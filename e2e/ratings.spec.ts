import { expect, test, type Page } from "@playwright/test";
import { storageStatePath, uniqueIp } from "./support/roles";

const widgetOf = (page: Page) => page.getByRole("region", { name: "Was this page helpful?" });

test("a developer rates an operation page No with a reason and comment, and an admin reads it under Doc ratings", async ({ browser }) => {
  const comment = `The 404 answer has no example body (${Date.now().toString(36)}).`;
  const developer = await browser.newContext({ storageState: storageStatePath("developer") });
  const page = await developer.newPage();
  await page.goto("/docs/petstore/1.0.27/getPetById");
  const widget = widgetOf(page);
  const no = widget.getByRole("button", { name: "No", exact: true });
  await no.click();
  await expect(no).toHaveAttribute("aria-pressed", "true");
  await expect(widget.getByRole("button", { name: "Yes", exact: true })).toHaveAttribute("aria-pressed", "false");
  await widget.getByRole("radio", { name: "Missing example" }).check();
  await widget.getByLabel("What should we fix? (optional)").fill(comment);
  await widget.getByRole("button", { name: "Send" }).click();
  await expect(widget.getByText("Thanks for your feedback! You found this page not helpful (missing example).")).toBeVisible();

  // The vote is remembered, and its details can be edited.
  await page.reload();
  await expect(no).toHaveAttribute("aria-pressed", "true");
  await widget.getByRole("button", { name: "Edit your feedback" }).click();
  await expect(widget.getByLabel("What should we fix? (optional)")).toHaveValue(comment);
  await expect(widget.getByRole("radio", { name: "Missing example" })).toBeChecked();
  await developer.close();

  const admin = await browser.newContext({ storageState: storageStatePath("admin") });
  const staff = await admin.newPage();
  await staff.goto("/admin/ratings");
  await expect(staff.getByRole("heading", { level: 1, name: "Doc ratings" })).toBeVisible();
  await expect(staff.getByRole("navigation", { name: "Staff area" }).getByRole("link", { name: "Doc ratings" })).toHaveAttribute("aria-current", "page");
  const row = staff.getByRole("row").filter({ hasText: "/docs/petstore/1.0.27/getPetById" });
  await expect(row).toContainText(comment);
  await row.getByRole("link").first().click();
  await expect(staff).toHaveURL(/\/admin\/ratings\?path=%2Fdocs%2Fpetstore%2F1\.0\.27%2FgetPetById/);
  const mine = staff.getByRole("listitem").filter({ hasText: comment });
  await expect(mine).toContainText("developer@example.com");
  await expect(mine).toContainText("Missing example");
  await expect(mine).toContainText("Not helpful");
  await admin.close();
});

test("a visitor votes Yes on a cached docs page, and may give a reason but not a comment", async ({ page }) => {
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": uniqueIp() });
  await page.goto("/docs/museum/1.2.1");
  const widget = widgetOf(page);
  const yes = widget.getByRole("button", { name: "Yes", exact: true });
  await yes.click();
  await expect(widget.getByText("Thanks for your feedback! You found this page helpful.")).toBeVisible();
  await expect(yes).toHaveAttribute("aria-pressed", "true");

  // The vote of this address is fetched on the next visit, although the page comes from the cache.
  await page.reload();
  await expect(yes).toHaveAttribute("aria-pressed", "true");

  await widget.getByRole("button", { name: "No", exact: true }).click();
  await expect(widget.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/signin?callbackUrl=%2Fdocs%2Fmuseum%2F1.2.1");
  await expect(widget.getByRole("textbox")).toHaveCount(0);
  await widget.getByRole("radio", { name: "Outdated" }).check();
  await widget.getByRole("button", { name: "Send" }).click();
  await expect(widget.getByText("Thanks for your feedback! You found this page not helpful (outdated).")).toBeVisible();
});
