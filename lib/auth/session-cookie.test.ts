import { describe, expect, it } from "vitest";
import { sessionToken } from "./session-cookie";

const store = (cookies: Record<string, string>) => ({ get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined) });

describe("sessionToken", () => {
  it("reads the plain or the __Secure- cookie, and reassembles chunks in order", () => {
    expect(sessionToken(store({ "next-auth.session-token": "abc" }))).toBe("abc");
    expect(sessionToken(store({ "__Secure-next-auth.session-token": "sec" }))).toBe("sec");
    expect(sessionToken(store({ "next-auth.session-token.0": "ab", "next-auth.session-token.1": "cd", "next-auth.session-token.3": "zz" }))).toBe("abcd");
  });

  it("finds nothing without a session cookie", () => {
    expect(sessionToken(store({ "next-auth.csrf-token": "x" }))).toBeNull();
  });
});
