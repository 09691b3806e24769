import { describe, expect, it } from "vitest";
import { unsubscribePage } from "./unsubscribe-page";

describe("unsubscribePage", () => {
  it("asks before switching off, with a button that posts to the same link", () => {
    const html = unsubscribePage({ kind: "confirm", category: "reports", maskedEmail: "j…e@example.com", alreadyOff: false, action: "/unsubscribe?token=a.b.c&x=<1>" });
    expect(html).toContain("Unsubscribe from issue reports emails");
    expect(html).toContain('<form method="post" action="/unsubscribe?token=a.b.c&amp;x=&lt;1&gt;">');
    expect(html).toContain('<button type="submit">Unsubscribe</button>');
    expect(html).toContain("j…e@example.com");
  });

  it("says so when the category is already off, without a button", () => {
    const html = unsubscribePage({ kind: "confirm", category: "forum", maskedEmail: "j…e@example.com", alreadyOff: true, action: "/unsubscribe?token=t" });
    expect(html).toContain("gets no forum emails any more");
    expect(html).not.toContain("<form");
  });

  it("explains a broken link and where to change settings instead", () => {
    const html = unsubscribePage({ kind: "invalid" });
    expect(html).toContain("This unsubscribe link does not work");
    expect(html).toContain('href="/account#notifications"');
  });
});
