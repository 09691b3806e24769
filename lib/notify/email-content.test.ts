import { describe, expect, it } from "vitest";
import { renderEmail, type EmailParts } from "./email-content";

const parts: EmailParts = {
  subject: "Report #7 is now Resolved",
  recipientName: "Jane",
  headline: "Report #7 “<script>alert(1)</script>” is now Resolved",
  details: "Fixed in 1.0.28.\n\nSee <img src=x onerror=alert(1)>",
  action: { label: "Open the report", url: "https://portal.example/reports/cm7" },
  reason: "you reported this issue",
  unsubscribe: { label: "Unsubscribe from issue reports emails", url: "https://portal.example/unsubscribe?token=a.b.c&x=1" },
  settingsUrl: "https://portal.example/account#notifications",
};

describe("renderEmail", () => {
  it("writes the same news, the link and the unsubscribe footer in text and HTML", () => {
    const email = renderEmail(parts);
    expect(email.subject).toBe("Report #7 is now Resolved");
    for (const body of [email.text, email.html]) {
      expect(body).toContain("Hi Jane,");
      expect(body).toContain("https://portal.example/reports/cm7");
      expect(body).toContain("Unsubscribe from issue reports emails");
      expect(body).toContain("Fixed in 1.0.28.");
    }
    expect(email.text).toContain("Unsubscribe from issue reports emails: https://portal.example/unsubscribe?token=a.b.c&x=1");
    expect(email.html).toContain('href="https://portal.example/unsubscribe?token=a.b.c&amp;x=1"');
  });

  it("never lets user text become markup in the HTML version", () => {
    const { html } = renderEmail(parts);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("greets without a name and leaves out empty details", () => {
    const { text, html } = renderEmail({ ...parts, recipientName: null, details: "  " });
    expect(text.startsWith("Hi,\n")).toBe(true);
    expect(html).not.toContain("border-left");
  });
});
