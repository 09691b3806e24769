import { describe, expect, it } from "vitest";
import { hashPassword, passwordWeakness, verifyPassword } from "./password";

describe("passwordWeakness", () => {
  it("refuses passwords shorter than 12 characters", () => {
    expect(passwordWeakness("Xk9#mQ2!vL")).toMatch(/at least 12/);
  });

  it.each(["password1234", "qwertyuiop12", "iloveyou1234", "aaaaaaaaaaaa"])("refuses the common password %s", (pw) => {
    expect(passwordWeakness(pw)).toMatch(/too common/);
  });

  it("refuses a password made of the user's own email", () => {
    expect(passwordWeakness("jane.doe@acme.io", ["jane.doe@acme.io"])).toMatch(/too common/);
    expect(passwordWeakness("jane.doe@acme.io")).toBeNull();
  });

  it("accepts a long phrase of unrelated words", () => {
    expect(passwordWeakness("copper lantern orbit fig")).toBeNull();
    expect(passwordWeakness("hypercare-demo")).toBeNull();
  });

  it("refuses absurdly long input before hashing it", () => {
    expect(passwordWeakness("a".repeat(129))).toMatch(/at most 128/);
  });
});

describe("hashPassword", () => {
  it("stores Argon2id with OWASP parameters and verifies only the right password", async () => {
    const hash = await hashPassword("copper lantern orbit fig");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "copper lantern orbit fig")).toBe(true);
    expect(await verifyPassword(hash, "copper lantern orbit fog")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});
