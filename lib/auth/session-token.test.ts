import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { sessionUserId } from "./session-token";

const SECRET = "a-test-secret-of-reasonable-length";

describe("sessionUserId", () => {
  it("reads the user id of a token next-auth issued", async () => {
    const token = await encode({ token: { sub: "user_1", email: "a@example.com" }, secret: SECRET });
    expect(await sessionUserId(token, SECRET)).toBe("user_1");
    // The key is kept per secret: a second read, and a read with another secret, still decide right.
    expect(await sessionUserId(token, SECRET)).toBe("user_1");
    expect(await sessionUserId(token, "another-secret-of-reasonable-length")).toBeNull();
    expect(await sessionUserId(token, SECRET)).toBe("user_1");
  });

  it("refuses expired, tampered and malformed tokens and tokens without a user", async () => {
    const expired = await encode({ token: { sub: "user_1" }, secret: SECRET, maxAge: -60 });
    expect(await sessionUserId(expired, SECRET)).toBeNull();
    const token = await encode({ token: { sub: "user_1" }, secret: SECRET });
    const parts = token.split(".");
    parts[3] = parts[3]!.slice(0, -2) + (parts[3]!.endsWith("AA") ? "BB" : "AA");
    expect(await sessionUserId(parts.join("."), SECRET)).toBeNull();
    expect(await sessionUserId("not-a-token", SECRET)).toBeNull();
    expect(await sessionUserId(await encode({ token: { email: "a@example.com" }, secret: SECRET }), SECRET)).toBeNull();
  });
});
