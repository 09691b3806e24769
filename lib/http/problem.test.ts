import { describe, expect, it, vi } from "vitest";
import { Invalid, NotFound, RateLimited } from "../errors";
import { errorResponse } from "./problem";

describe("errorResponse", () => {
  it("answers invalid input with 422 problem+json and field-level messages", async () => {
    const response = errorResponse(new Invalid("Check the fields.", { email: ["Enter a valid email."] }), "/api/x");
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: "about:blank",
      title: "Invalid input",
      status: 422,
      detail: "Check the fields.",
      instance: "/api/x",
      errors: { email: ["Enter a valid email."] },
    });
  });

  it("tells a rate-limited caller when to retry", async () => {
    const response = errorResponse(new RateLimited("Too many attempts. Try again in 14 minutes.", 840));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("840");
    expect((await response.json()).detail).toContain("14 minutes");
  });

  it("maps NotFound to 404", () => {
    expect(errorResponse(new NotFound()).status).toBe(404);
  });

  it("never shows an unexpected error's message or stack", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = errorResponse(new Error("password=hunter2 at db.ts:12"));
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("db.ts");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
