// Shared set-up for the notification integration tests: a test API and one user per role, tagged
// per run so runs and test files never see each other's rows.
import { fileURLToPath } from "node:url";
import { db } from "../../db";
import { systemActor, type Actor } from "../../auth/authorize";
import type { Role } from "../../auth/roles";
import { importApiVersion } from "../../catalog/import-version";
import { readSourceFromPath } from "../../catalog/import/source-files";
import type { Visibility } from "../../generated/prisma/enums";

export const runTag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export type People = Record<Role | "developer2", Actor>;

export async function makePeople(tag: string): Promise<People> {
  const people = {} as People;
  for (const who of ["developer", "developer2", "partner", "triager", "security", "admin"] as const) {
    people[who] = await db.user.create({
      data: { email: `${who}-${tag}@example.com`, role: who === "developer2" ? "developer" : who, name: `${who} ${tag}` },
      select: { id: true, email: true, name: true, role: true },
    });
  }
  return people;
}

export async function makeUser(tag: string, role: Role, label: string): Promise<Actor> {
  return db.user.create({ data: { email: `${label}-${tag}@example.com`, role, name: label }, select: { id: true, email: true, name: true, role: true } });
}

export async function importTestApi(slug: string, visibility: Visibility = "public"): Promise<void> {
  const petstore = readSourceFromPath(fileURLToPath(new URL("../../../prisma/demo/openapi/petstore.yaml", import.meta.url)));
  await importApiVersion(systemActor("test"), { api: slug, version: "v1", visibility }, petstore);
}
