import { beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "../../app/unsubscribe/route";
import type { Actor } from "../auth/authorize";
import { getNotificationPreferences, maskEmail } from "./preferences";
import { unsubscribeToken } from "./unsubscribe-token";
import { makeUser, runTag } from "./testing/fixtures";

// The /unsubscribe route as mail clients and people use it: GET shows a confirmation page,
// POST (RFC 8058 one-click) switches the category off, a bad link answers 400, never 500.
const tag = runTag();
let user: Actor;

beforeAll(async () => {
  user = await makeUser(tag, "developer", "reader");
});

const url = (token: string | null) => `http://localhost/unsubscribe${token === null ? "" : `?token=${encodeURIComponent(token)}`}`;
const oneClick = (token: string | null) =>
  POST(new Request(url(token), { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" }));

describe("/unsubscribe", () => {
  it("shows a confirmation page with a button for a valid link, without changing anything", async () => {
    const token = unsubscribeToken(user.id, "forum");
    const response = await GET(new Request(url(token)));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain("Unsubscribe from forum emails");
    expect(html).toContain(`action="/unsubscribe?token=${encodeURIComponent(token)}"`);
    expect(html).not.toContain(user.email); // masked
    expect(html).toContain(maskEmail(user.email));
    expect(await getNotificationPreferences(user)).toEqual({ emailReports: true, emailForum: true });
  });

  it("switches the category off on a one-click POST without sign-in, and again changes nothing", async () => {
    const token = unsubscribeToken(user.id, "forum");
    const first = await oneClick(token);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("You are unsubscribed");
    expect(await getNotificationPreferences(user)).toEqual({ emailReports: true, emailForum: false });
    const again = await oneClick(token);
    expect(again.status).toBe(200);
    expect(await getNotificationPreferences(user)).toEqual({ emailReports: true, emailForum: false });
    expect(await (await GET(new Request(url(token)))).text()).toContain("Nothing to do");
  });

  it.each([null, "", "forged", "a.reports.b"])("answers %j with a 400 page that explains it, for GET and POST", async (token) => {
    for (const response of [await GET(new Request(url(token))), await oneClick(token)]) {
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("This unsubscribe link does not work");
    }
  });

  it("refuses a link signed for another user or category", async () => {
    const [, , signature] = unsubscribeToken(user.id, "forum").split(".");
    const response = await oneClick(`${Buffer.from(user.id).toString("base64url")}.reports.${signature}`);
    expect(response.status).toBe(400);
    expect((await getNotificationPreferences(user)).emailReports).toBe(true);
  });
});
