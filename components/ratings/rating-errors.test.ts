import { describe, expect, it } from "vitest";
import { ratingFailure } from "./rating-errors";

describe("ratingFailure", () => {
  it("tells how long to wait after too many votes, from the server's words or Retry-After", () => {
    expect(ratingFailure(429, "1800", { detail: "Many pages were rated from your network in the last hour. Try again in 30 minutes." }).message).toBe(
      "Many pages were rated from your network in the last hour. Try again in 30 minutes.",
    );
    expect(ratingFailure(429, "90", null).message).toBe("Too many votes were sent from your network. Try again in 2 minutes.");
    expect(ratingFailure(429, null, null).message).toMatch(/Try again later\.$/);
  });

  it("puts field messages on the reason and comment fields", () => {
    const failure = ratingFailure(422, null, { detail: "Comments from visitors cannot contain links.", errors: { comment: ["Comments from visitors cannot contain links."] } });
    expect(failure.fieldErrors).toEqual({ comment: ["Comments from visitors cannot contain links."] });
    expect(failure.message).toMatch(/see the message below the field/);
  });

  it("explains a page that can no longer be rated", () => {
    expect(ratingFailure(404, null, { detail: "No API with this name." }).message).toMatch(/cannot be rated any more/);
    expect(ratingFailure(422, null, { errors: { version: ["Give the version when you name an operation."] } }).fieldErrors).toEqual({});
  });

  it("never shows a raw error for anything else", () => {
    expect(ratingFailure(500, null, { detail: "Something went wrong on our side." }).message).toBe("Your feedback could not be saved just now. Try again in a moment.");
  });
});
