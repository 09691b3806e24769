import { expect, test, type APIRequestContext } from "@playwright/test";
import { BASE_URL } from "./support/env";
import { storageStatePath } from "./support/roles";
import { XSS_PAYLOADS } from "./support/xss-payloads";
import { expectNoScriptRan, recordScriptEffects } from "./support/xss-check";

/**
 * Every payload of the corpus goes through each kind of user text, which is then opened in
 * Chromium by the people who read it: no script may run, and nothing script-capable may survive.
 */
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

/** The corpus in chunks that fit each field's length limit, every payload in some chunk. */
function chunks(maxLength: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const payload of XSS_PAYLOADS) {
    const next = current ? `${current}\n\n${payload}` : payload;
    if (next.length > maxLength && current) {
      out.push(current);
      current = payload;
    } else current = next;
  }
  if (current) out.push(current);
  return out;
}

async function api(role: "developer" | "partner" | "admin"): Promise<APIRequestContext> {
  const { request } = await import("@playwright/test");
  return request.newContext({ baseURL: BASE_URL, storageState: storageStatePath(role) });
}

test("issue reports and their comments: every field, read by the reporter and by staff", async ({ browser }) => {
  const developer = await api("developer");
  const reportIds: string[] = [];
  // Description chunks of ~2,000 characters: five or six reports carry the whole corpus, and the
  // steps / expected / actual fields carry it again.
  const descriptions = chunks(2_000);
  const others = chunks(4_500);
  for (const [i, description] of descriptions.entries()) {
    const response = await developer.post("/api/v1/reports", {
      data: {
        title: XSS_PAYLOADS[i]!.slice(0, 140).padEnd(5, "."),
        description,
        stepsToReproduce: others[i % others.length],
        expected: others[(i + 1) % others.length],
        actual: others[(i + 2) % others.length],
        environment: XSS_PAYLOADS[i + 1]!.slice(0, 500),
        api: "petstore",
        impact: "minor",
        visibility: "private",
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    reportIds.push(((await response.json()) as { id: string }).id);
  }
  for (const body of chunks(9_000)) {
    const comment = await developer.post(`/api/v1/reports/${reportIds[0]}/comments`, { data: { body } });
    expect(comment.status()).toBe(201);
  }

  for (const role of ["developer", "admin"] as const) {
    const context = await browser.newContext({ storageState: storageStatePath(role) });
    const page = await context.newPage();
    await recordScriptEffects(page);
    for (const id of reportIds) {
      await page.goto(`/reports/${id}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoScriptRan(page, ".prose-hc");
    }
    if (role === "developer") {
      // Titles in the list of My reports.
      await page.goto("/reports");
      await expectNoScriptRan(page, "main ul");
    }
    await context.close();
  }
  await developer.dispose();
});

test("the check itself catches a script that runs and markup that could run one", async ({ page }) => {
  await recordScriptEffects(page);
  for (const unsafe of [`<img src=x onerror="alert(1)">`, `<a href="javascript:alert(1)">x</a>`, `<svg><circle r=1></circle></svg>`, `<p onmouseover="window.__xss=1">x</p>`]) {
    // A page without React (JSON), so nothing re-renders the markup away; init scripts still run.
    await page.goto("/api/health");
    await page.evaluate((html) => {
      document.body.innerHTML = `<div class="prose-hc">${html}</div>`;
    }, unsafe);
    await expect(expectNoScriptRan(page, ".prose-hc")).rejects.toThrow(/script-capable content/);
  }
});

test("doc-page rating comments, read by staff on the ratings page", async ({ browser }) => {
  const developer = await api("developer");
  const pages = [
    { api: "museum", version: "1.2.1", operation: "listSpecialEvents" },
    { api: "museum", version: "1.2.1", operation: "getSpecialEvent" },
    { api: "museum", version: "1.2.1", operation: "updateSpecialEvent" },
    { api: "museum", version: "1.2.1", operation: "deleteSpecialEvent" },
    { api: "museum", version: "1.2.1", operation: "getMuseumHours" },
    { api: "museum", version: "1.2.1", operation: "getTicketCode" },
  ];
  const comments = chunks(1_900);
  expect(comments.length).toBeLessThanOrEqual(pages.length);
  for (const [i, comment] of comments.entries()) {
    const response = await developer.put("/api/v1/ratings", { data: { ...pages[i], helpful: false, reason: "unclear", comment } });
    expect(response.status(), await response.text()).toBe(200);
  }
  const context = await browser.newContext({ storageState: storageStatePath("admin") });
  const page = await context.newPage();
  await recordScriptEffects(page);
  for (const target of pages.slice(0, comments.length)) {
    await page.goto(`/admin/ratings?path=${encodeURIComponent(`/docs/${target.api}/${target.version}/${target.operation}`)}`);
    await expectNoScriptRan(page, ".prose-hc");
  }
  await context.close();
  await developer.dispose();
});

test("forum threads, replies, the Markdown preview and flag notes", async ({ browser }) => {
  const developer = await api("developer");
  const admin = await api("admin");
  const all = XSS_PAYLOADS.join("\n\n");
  const created = await developer.post("/api/v1/forum/threads", {
    data: { title: `${XSS_PAYLOADS[0]} in a title`.slice(0, 150), body: all, tags: ["xss"], api: "museum", version: "1.2.1", operation: "getMuseumHours" },
  });
  expect(created.status(), await created.text()).toBe(201);
  const thread = (await created.json()) as { number: number; url: string };
  const reply = await admin.post(`/api/v1/forum/threads/${thread.number}/replies`, { data: { body: all } });
  expect(reply.status(), await reply.text()).toBe(201);
  const partner = await api("partner");
  const flag = await partner.post(`/api/v1/forum/threads/${thread.number}/flags`, { data: { reason: "other", note: XSS_PAYLOADS.slice(0, 12).join(" ").slice(0, 1_000) } });
  expect(flag.status(), await flag.text()).toBe(201);

  for (const role of ["developer", "admin"] as const) {
    const context = await browser.newContext({ storageState: storageStatePath(role) });
    const page = await context.newPage();
    await recordScriptEffects(page);
    await page.goto(thread.url);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("in a title");
    await expectNoScriptRan(page, ".prose-hc");
    await page.goto("/forum");
    await expectNoScriptRan(page, "main", { portalMarkup: true });
    if (role === "developer") {
      // The reply box's preview renders in the browser, with the same renderer.
      await page.goto(thread.url);
      await page.getByLabel("Reply", { exact: true }).fill(all);
      await page.getByRole("button", { name: "Preview" }).click();
      await expectNoScriptRan(page, ".prose-hc");
    } else {
      await page.goto("/admin/forum-flags");
      await expectNoScriptRan(page, "main", { portalMarkup: true });
    }
    await context.close();
  }
  await developer.dispose();
  await partner.dispose();
  await admin.dispose();
});
