import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./support/roles";

async function seriousViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

for (const scheme of ["light", "dark"] as const) {
  test(`the home page has no serious accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await expect(page.getByRole("main")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("sign-in, sign-up and the staff user list have no serious accessibility violations", async ({ browser }) => {
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  for (const path of ["/signin", "/signup"]) {
    await visitor.goto(path);
    expect(await seriousViolations(visitor), path).toEqual([]);
  }
  const context = await browser.newContext({ storageState: storageStatePath("admin") });
  const admin = await context.newPage();
  await admin.goto("/admin/users");
  expect(await seriousViolations(admin)).toEqual([]);
  await context.close();
  await visitorContext.close();
});
