/**
 * Demo data for the embedded default: one account per role. Idempotent (upserts on fixed
 * emails that never overwrite), so starting twice never seeds twice, and a role an admin
 * changed stays changed. Refused in production unless SEED_DEMO=1 asks for it.
 */
import { db } from "../lib/db";
import { hashPassword } from "../lib/auth/password";
import type { Role } from "../lib/auth/roles";
import { env } from "../lib/env";

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "admin@example.com", name: "Ada Admin", role: "admin" },
  { email: "triager@example.com", name: "Tom Triager", role: "triager" },
  { email: "security@example.com", name: "Sam Security", role: "security" },
  { email: "partner@example.com", name: "Pat Partner", role: "partner" },
  { email: "developer@example.com", name: "Dana Developer", role: "developer" },
  { email: "developer2@example.com", name: "Dev Second", role: "developer" },
];

export async function seedDemoData(): Promise<{ created: number }> {
  if (env.NODE_ENV === "production" && process.env.SEED_DEMO !== "1") {
    throw new Error("Refusing to seed demo accounts in production. Set SEED_DEMO=1 if you really want them.");
  }
  const passwordHash = await hashPassword(env.DEMO_PASSWORD);
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (existing) continue;
    await db.user.create({ data: { ...account, passwordHash } });
    created++;
  }
  return { created };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seedDemoData()
    .then(({ created }) => {
      console.log(created ? `Seeded ${created} demo accounts.` : "Demo accounts already present; nothing to seed.");
      return db.$disconnect();
    })
    .catch(async (error) => {
      console.error(error instanceof Error ? error.message : error);
      await db.$disconnect();
      process.exit(1);
    });
}
