import { describe, expect, it } from "vitest";
import { urgencySignals } from "./urgency";

describe("urgencySignals", () => {
  it("starts from the reporter's impact", () => {
    expect(urgencySignals({ title: "Typo in a field description", impact: "minor" })).toEqual({ suggestedSeverity: "cosmetic", reasons: ["reporter says minor"] });
    expect(urgencySignals({ title: "Cannot create orders", impact: "blocking" }).suggestedSeverity).toBe("major");
    expect(urgencySignals({ title: "Search got worse", impact: "degraded" }).suggestedSeverity).toBe("minor");
    expect(urgencySignals({ title: "How do I page?", impact: "question" }).suggestedSeverity).toBe("cosmetic");
    expect(urgencySignals({ title: "Something odd" })).toEqual({ suggestedSeverity: "minor", reasons: [] });
  });

  it.each([
    ["Production down: checkout broken", "production down"],
    ["Our PROD is down since 9:00", "prod is down"],
    ["Outage on the EU endpoint", "outage"],
    ["Bulk import caused data loss", "data loss"],
    ["We lost all our data after the migration", "lost all our data"],
    ["All requests fail with 503", "all requests fail"],
    ["all of our API calls are failing since the deploy", "all of our api calls are failing"],
    ["Every request fails with a TLS error", "every request fails"],
    ["Possible breach of customer records", "breach"],
    ["We leaked our live API key in a screenshot", "leaked our live api key"],
    ["The signing secret was leaked in your error page", "secret was leaked"],
  ])("raises to critical on %j", (title, phrase) => {
    const suggestion = urgencySignals({ title, impact: "minor" });
    expect(suggestion.suggestedSeverity).toBe("critical");
    expect(suggestion.reasons).toContain(`says “${phrase}”`);
  });

  it("raises to major on security words and on 'every request'", () => {
    expect(urgencySignals({ title: "Security: session cookie lacks Secure flag", impact: "minor" })).toEqual({
      suggestedSeverity: "major",
      reasons: ["reporter says minor", "says “security”"],
    });
    expect(urgencySignals({ title: "XSS vulnerability in the forum" }).suggestedSeverity).toBe("major");
    expect(urgencySignals({ title: "Slow", body: "Every request takes 2 s" }).suggestedSeverity).toBe("major");
  });

  it("reads the body too, case-insensitively", () => {
    expect(urgencySignals({ title: "Help", body: "Since this morning ALL REQUESTS FAILING for us" }).suggestedSeverity).toBe("critical");
  });

  it("matches whole words only", () => {
    for (const title of ["Unsecured endpoint list in docs", "The insecurity of the old flow", "A downgrade broke search", "Leaky abstraction in the SDK token cache"]) {
      expect(urgencySignals({ title, impact: "minor" }).suggestedSeverity, title).toBe("cosmetic");
    }
  });

  it("quotes a phrase once, not again for a weaker phrase inside it", () => {
    expect(urgencySignals({ title: "Every request fails" }).reasons).toEqual(["says “every request fails”"]);
  });

  it("treats a security category as at least major", () => {
    expect(urgencySignals({ title: "Cookie flags", impact: "minor", category: "security" })).toEqual({
      suggestedSeverity: "major",
      reasons: ["reporter says minor", "categorised as security"],
    });
  });

  it("raises one level at 5 affected apps and to critical at 20", () => {
    expect(urgencySignals({ title: "Wrong currency", impact: "degraded", affectedApps: 4 }).suggestedSeverity).toBe("minor");
    expect(urgencySignals({ title: "Wrong currency", impact: "degraded", affectedApps: 12 })).toEqual({
      suggestedSeverity: "major",
      reasons: ["reporter says degraded", "12 apps affected"],
    });
    expect(urgencySignals({ title: "Wrong currency", impact: "minor", affectedApps: 20 }).suggestedSeverity).toBe("critical");
  });
});
