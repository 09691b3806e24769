import "server-only";
import { db } from "../db";
import { Conflict, Invalid } from "../errors";
import { recordAudit } from "../audit/record";
import { burnPasswordCheck, hashPassword, passwordWeakness, verifyPassword } from "./password";
import { signInSchema, signUpSchema } from "./schemas";
import { fieldErrorsOf } from "../validation";

export type PublicUser = { id: string; email: string; name: string | null };

/** Creates a developer account. Anyone may call it; the route limits how often per IP. */
export async function signUp(input: unknown): Promise<PublicUser> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) throw new Invalid("Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const { email, password, name } = parsed.data;
  const weakness = passwordWeakness(password, [email, name]);
  if (weakness) throw new Invalid("Choose a stronger password.", { password: [weakness] });

  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({
      data: { email, name: name || null, passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    // The unique index decides, also for two sign-ups racing for one address.
    if ((error as { code?: string }).code === "P2002") {
      throw new Conflict("An account with this email already exists. Sign in instead.");
    }
    throw error;
  }
}

/**
 * The user for an email and password, or null. Unknown email and wrong password take the
 * same time and give the same answer.
 */
export async function verifyCredentials(email: unknown, password: unknown): Promise<PublicUser | null> {
  const parsed = signInSchema.safeParse({ email, password });
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  if (!user?.passwordHash) {
    await burnPasswordCheck(parsed.data.password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name };
}

/**
 * Signs in through GitHub or OIDC: the linked account's user, else the user with the same
 * (provider-verified) email, else a new developer account.
 */
export async function signInWithExternalAccount(identity: {
  provider: string;
  providerAccountId: string;
  email: string;
  name: string | null;
}): Promise<PublicUser> {
  const select = { id: true, email: true, name: true } as const;
  const linked = await db.externalAccount.findUnique({
    where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
    select: { user: { select } },
  });
  if (linked) return linked.user;

  const email = identity.email.trim().toLowerCase();
  const user = await db.user.upsert({
    where: { email },
    create: { email, name: identity.name },
    update: { lastSignInAt: new Date() },
    select,
  });
  await db.externalAccount.create({
    data: { provider: identity.provider, providerAccountId: identity.providerAccountId, userId: user.id },
  });
  await recordAudit(db, {
    actor: { id: user.id, email: user.email },
    action: "user.external_account.link",
    target: { type: "user", id: user.id },
    data: { provider: identity.provider },
  });
  return user;
}
