/**
 * Demo data for the embedded default: one account per role. Idempotent (upserts on fixed
 * emails that never overwrite), so starting twice never seeds twice, and a role an admin
 * changed stays changed. Refused in production unless SEED_DEMO=1 asks for it.
 */
import { fileURLToPath } from "node:url";
import { db } from "../lib/db";
import { systemActor } from "../lib/auth/authorize";
import { importApiVersion } from "../lib/catalog/import-version";
import type { ImportOptions } from "../lib/catalog/schemas";
import { readSourceFromPath } from "../lib/catalog/import/source-files";
import { hashPassword } from "../lib/auth/password";
import type { Role } from "../lib/auth/roles";
import { env } from "../lib/env";
// Forum: demo threads.
import { seedDemoForum } from "../lib/forum/demo-seed";
// Triage: the default team and the demo canned replies.
import { seedCannedReplies } from "../lib/triage/canned-replies";
import { ensureDefaultTeam } from "../lib/triage/teams";
import { seedDemoTriage } from "../lib/triage/demo-seed";

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "admin@example.com", name: "Ada Admin", role: "admin" },
  { email: "triager@example.com", name: "Tom Triager", role: "triager" },
  { email: "security@example.com", name: "Sam Security", role: "security" },
  { email: "partner@example.com", name: "Pat Partner", role: "partner" },
  { email: "developer@example.com", name: "Dana Developer", role: "developer" },
  { email: "developer2@example.com", name: "Dev Second", role: "developer" },
];

const demoDocument = (file: string) => fileURLToPath(new URL(`../${file}`, import.meta.url));

/** Real documents (see prisma/demo/openapi/README.md): two Museum versions for the switcher and diff. */
export const DEMO_APIS: { file: string; options: ImportOptions }[] = [
  { file: "prisma/demo/openapi/petstore.yaml", options: { api: "petstore", name: "Swagger Petstore", version: "1.0.27", ownerTeam: "Pets team" } },
  {
    file: "prisma/demo/openapi/museum-v1.yaml",
    options: { api: "museum", name: "Museum API", version: "1.0.0", status: "deprecated", ownerTeam: "Museum platform", releaseDate: new Date("2024-01-15"), sunsetDate: new Date("2027-03-31") },
  },
  {
    file: "prisma/demo/openapi/museum-v2.yaml",
    options: { api: "museum", version: "1.2.1", status: "current", releaseDate: new Date("2024-11-20") },
  },
  { file: "docs/api/openapi.yaml", options: { api: "hypercare", name: "Hypercare Portal API", version: "1.0", ownerTeam: "Portal team" } },
  { file: "prisma/demo/openapi/harbor.yaml", options: { api: "harbor", name: "Harbor Registry API", version: "2.0", visibility: "partner", ownerTeam: "Registry team" } },
];

/** Imports each demo API version that is not there yet; never touches one that exists. */
async function seedDemoCatalog(): Promise<number> {
  let imported = 0;
  for (const demo of DEMO_APIS) {
    const exists = await db.apiVersion.findFirst({
      where: { api: { slug: demo.options.api }, ...(demo.options.version ? { label: demo.options.version } : {}) },
      select: { id: true },
    });
    if (exists) continue;
    await importApiVersion(systemActor("seed"), demo.options, readSourceFromPath(demoDocument(demo.file)));
    imported++;
  }
  return imported;
}

export async function seedDemoData(): Promise<{ created: number; apis: number }> {
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
  const apis = await seedDemoCatalog();
  // Forum: demo threads and replies (after the catalog, whose import creates the API categories).
  await seedDemoForum(DEMO_ACCOUNTS.map((a) => a.email));
  // Triage: new items that match no routing rule need a default team; staff start with two canned replies.
  await ensureDefaultTeam();
  await seedCannedReplies();
  // Triage: teams, routing rules, a hypercare window and a launch week's reports, partly worked.
  await seedDemoTriage();
  return { created, apis };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seedDemoData()
    .then(({ created, apis }) => {
      console.log(created || apis ? `Seeded ${created} demo accounts and ${apis} demo API versions.` : "Demo data already present; nothing to seed.");
      return db.$disconnect();
    })
    .catch(async (error) => {
      console.error(error instanceof Error ? error.message : error);
      await db.$disconnect();
      process.exit(1);
    });
}
