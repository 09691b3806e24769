/**
 * Screenshots of the main pages at desktop and phone widths, light and dark, for looking at
 * what users see: `npm run screenshots` against a running portal (BASE_URL, default :3000).
 * Writes PNGs to screenshots/ (git-ignored).
 */
import { mkdirSync } from "node:fs";
import { chromium, type BrowserContext } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PASSWORD } from "../e2e/support/env";

const baseURL = process.env.BASE_URL || "http://localhost:3000";
const ONLY = process.env.ONLY?.split(",");
const ALL_PAGES: { name: string; path: string; as?: string }[] = [
  { name: "home", path: "/" },
  { name: "signin", path: "/signin" },
  { name: "signup", path: "/signup" },
  { name: "account", path: "/account", as: "developer@example.com" },
  { name: "admin", path: "/admin", as: "admin@example.com" },
  { name: "admin-users", path: "/admin/users", as: "admin@example.com" },
  { name: "admin-audit", path: "/admin/audit", as: "admin@example.com" },
  { name: "triager-admin", path: "/admin", as: "triager@example.com" },
  { name: "not-found", path: "/nope" },
  { name: "docs", path: "/docs" },
  { name: "docs-search", path: "/docs?q=pet+by+id" },
  { name: "api-museum", path: "/docs/museum" },
  { name: "operation-getpet", path: "/docs/petstore/1.0.27/getPetById" },
  { name: "operation-buytickets", path: "/docs/museum/1.2.1/buyMuseumTickets" },
  { name: "diff-museum", path: "/docs/museum/diff" },
  { name: "admin-apis", path: "/admin/apis", as: "admin@example.com" },
  { name: "report-new", path: "/reports/new?api=petstore&version=1.0.27&operation=getPetById", as: "developer@example.com" },
  { name: "my-reports-empty", path: "/reports", as: "developer2@example.com" },
  { name: "forum", path: "/forum" },
  { name: "forum-thread", path: "/forum/t/2", as: "developer@example.com" },
  { name: "forum-new", path: "/forum/new?api=petstore&version=1.0.27&operation=getPetById", as: "developer@example.com" },
  { name: "notifications", path: "/notifications", as: "developer@example.com" },
  { name: "admin-ratings", path: "/admin/ratings", as: "admin@example.com" },
  { name: "admin-outbox", path: "/admin/outbox", as: "admin@example.com" },
  { name: "admin-forum-flags", path: "/admin/forum-flags", as: "admin@example.com" },
  { name: "operation-member", path: "/docs/petstore/1.0.27/getPetById", as: "developer@example.com" },
  { name: "triage-queue", path: "/admin/triage", as: "admin@example.com" },
  { name: "triage-queue-triager", path: "/admin/triage?status=", as: "triager@example.com" },
  { name: "triage-item", path: "/admin/triage/1", as: "admin@example.com" },
  { name: "triage-settings", path: "/admin/triage/settings", as: "admin@example.com" },
  { name: "admin-teams", path: "/admin/teams", as: "admin@example.com" },
  { name: "my-reports", path: "/reports", as: "developer@example.com" },
];
const PAGES = ALL_PAGES.filter((p) => !ONLY || ONLY.includes(p.name));
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
];

async function signIn(context: BrowserContext, email: string) {
  const { csrfToken } = await (await context.request.get(`${baseURL}/api/auth/csrf`)).json();
  await context.request.post(`${baseURL}/api/auth/callback/credentials`, {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
  });
}

async function main() {
  mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  for (const viewport of VIEWPORTS) {
    for (const scheme of ["light", "dark"] as const) {
      for (const page of PAGES) {
        const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
        if (page.as) await signIn(context, page.as);
        const tab = await context.newPage();
        await tab.goto(`${baseURL}${page.path}`);
        const file = `screenshots/${page.name}-${viewport.name}-${scheme}.png`;
        await tab.screenshot({ path: file, fullPage: true });
        console.log(file);
        await context.close();
      }
    }
  }
  await browser.close();
}

void main();
