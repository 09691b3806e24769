import { describe, expect, it } from "vitest";
import { db } from "../db";
import { Conflict, Invalid } from "../errors";
import { signInWithExternalAccount, signUp, verifyCredentials } from "./accounts";

const unique = () => `u${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const GOOD_PASSWORD = "copper lantern orbit fig";

describe("signUp", () => {
  it("creates a developer whose password is stored only as an Argon2id hash", async () => {
    const email = `${unique()}@Example.COM `;
    const user = await signUp({ email, password: GOOD_PASSWORD, name: "Jane" });
    expect(user.email).toBe(email.trim().toLowerCase());
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true, passwordHash: true } });
    expect(row.role).toBe("developer");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(GOOD_PASSWORD);
  });

  it("keeps the password hash out of ordinary queries", async () => {
    const user = await signUp({ email: `${unique()}@example.com`, password: GOOD_PASSWORD });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).not.toHaveProperty("passwordHash");
  });

  it("refuses a second account for the same email, whatever its case", async () => {
    const email = `${unique()}@example.com`;
    await signUp({ email, password: GOOD_PASSWORD });
    await expect(signUp({ email: email.toUpperCase(), password: GOOD_PASSWORD })).rejects.toBeInstanceOf(Conflict);
  });

  it("refuses common and short passwords with a message on the password field", async () => {
    const email = `${unique()}@example.com`;
    const common = await signUp({ email, password: "password1234" }).catch((e: unknown) => e);
    expect(common).toBeInstanceOf(Invalid);
    expect((common as Invalid).fieldErrors.password?.[0]).toMatch(/too common/);
    const short = await signUp({ email, password: "short" }).catch((e: unknown) => e);
    expect((short as Invalid).fieldErrors.password?.[0]).toMatch(/at least 12/);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses a malformed email with a message on the email field", async () => {
    const error = await signUp({ email: "not-an-email", password: GOOD_PASSWORD }).catch((e: unknown) => e);
    expect((error as Invalid).fieldErrors.email?.[0]).toMatch(/valid email/);
  });
});

describe("verifyCredentials", () => {
  it("signs in with the right password and records the time", async () => {
    const email = `${unique()}@example.com`;
    const user = await signUp({ email, password: GOOD_PASSWORD });
    expect(await verifyCredentials(email.toUpperCase(), GOOD_PASSWORD)).toEqual({ id: user.id, email, name: null });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastSignInAt: true } });
    expect(row.lastSignInAt).toBeInstanceOf(Date);
  });

  it("answers unknown email and wrong password the same way", async () => {
    const email = `${unique()}@example.com`;
    await signUp({ email, password: GOOD_PASSWORD });
    expect(await verifyCredentials(email, "copper lantern orbit fog")).toBeNull();
    expect(await verifyCredentials(`${unique()}@example.com`, GOOD_PASSWORD)).toBeNull();
    expect(await verifyCredentials(undefined, undefined)).toBeNull();
  });
});

describe("signInWithExternalAccount", () => {
  it("links a GitHub identity to the account with the same email, once", async () => {
    const email = `${unique()}@example.com`;
    const user = await signUp({ email, password: GOOD_PASSWORD });
    const identity = { provider: "github", providerAccountId: unique(), email, name: "Jane" };
    expect((await signInWithExternalAccount(identity)).id).toBe(user.id);
    expect((await signInWithExternalAccount(identity)).id).toBe(user.id);
    expect(await db.externalAccount.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "user.external_account.link", targetId: user.id } })).toBe(1);
  });

  it("creates a developer account, without a password, for a new identity", async () => {
    const email = `${unique()}@example.com`;
    const user = await signInWithExternalAccount({ provider: "oidc", providerAccountId: unique(), email, name: null });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true, passwordHash: true } });
    expect(row).toEqual({ role: "developer", passwordHash: null });
    expect(await verifyCredentials(email, "")).toBeNull();
  });
});
