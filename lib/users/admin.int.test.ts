import { describe, expect, it } from "vitest";
import { db } from "../db";
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from "../errors";
import type { Actor } from "../auth/authorize";
import type { Role } from "../auth/roles";
import { changeUserRole, countUsersByRole, listStaff, listUsers } from "./admin";

const unique = () => `u${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

async function makeUser(role: Role, name?: string): Promise<Actor> {
  return db.user.create({
    data: { email: `${unique()}@example.com`, role, name },
    select: { id: true, email: true, name: true, role: true },
  });
}

describe("changeUserRole", () => {
  it("lets an admin promote a developer and records who did it", async () => {
    const admin = await makeUser("admin");
    const dev = await makeUser("developer");
    const updated = await changeUserRole(admin, dev.id, { role: "triager" }, { ip: "203.0.113.7" });
    expect(updated.role).toBe("triager");
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: dev.id, action: "user.role.change" } });
    expect(audit).toMatchObject({ actorId: admin.id, actorEmail: admin.email, ip: "203.0.113.7" });
    expect(audit.data).toEqual({ email: dev.email, from: "developer", to: "triager" });
  });

  it("does not audit a change that changes nothing", async () => {
    const admin = await makeUser("admin");
    const dev = await makeUser("developer");
    await changeUserRole(admin, dev.id, { role: "developer" });
    expect(await db.auditLog.count({ where: { targetId: dev.id } })).toBe(0);
  });

  it.each([
    ["a visitor", null, Unauthenticated],
    ["a developer", "developer", NotFound],
    ["a partner", "partner", NotFound],
    ["a triager", "triager", Forbidden],
    ["a security engineer", "security", Forbidden],
  ] as const)("refuses %s", async (_label, role, error) => {
    const actor = role ? await makeUser(role) : null;
    const target = await makeUser("developer");
    await expect(changeUserRole(actor, target.id, { role: "admin" })).rejects.toBeInstanceOf(error);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("developer");
  });

  it("refuses an unknown role with a field-level message", async () => {
    const admin = await makeUser("admin");
    const dev = await makeUser("developer");
    const error = await changeUserRole(admin, dev.id, { role: "superuser" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors.role?.[0]).toMatch(/developer, partner, triager, security, admin/);
  });

  it("answers 404 for an unknown user", async () => {
    const admin = await makeUser("admin");
    await expect(changeUserRole(admin, "no-such-user", { role: "partner" })).rejects.toBeInstanceOf(NotFound);
  });

  it("stops an admin from removing their own admin role", async () => {
    const admin = await makeUser("admin");
    await expect(changeUserRole(admin, admin.id, { role: "developer" })).rejects.toBeInstanceOf(Conflict);
  });
});

describe("listUsers", () => {
  it("finds users by part of their email or name, case-insensitively, for admins only", async () => {
    const admin = await makeUser("admin");
    const tag = unique();
    const named = await makeUser("partner", `Grace ${tag}`);
    const result = await listUsers(admin, { q: tag.toUpperCase() });
    expect(result.users.map((u) => u.id)).toEqual([named.id]);
    expect(result.total).toBe(1);
    await expect(listUsers(await makeUser("triager"))).rejects.toBeInstanceOf(Forbidden);
    await expect(listUsers(await makeUser("developer"))).rejects.toBeInstanceOf(NotFound);
  });

  it("filters by role and pages through large lists", async () => {
    const admin = await makeUser("admin");
    const { total } = await listUsers(admin, { role: "admin" });
    expect(total).toBeGreaterThanOrEqual(1);
    const first = await listUsers(admin, {});
    if (first.nextCursor) {
      const second = await listUsers(admin, { after: first.nextCursor });
      expect(second.users[0]?.id).not.toBe(first.users[0]?.id);
    }
    expect(first.users.every((u) => !("passwordHash" in u))).toBe(true);
  });
});

describe("staff overview data", () => {
  it("shows the staff team to staff and role counts to admins only", async () => {
    const triager = await makeUser("triager");
    const staff = await listStaff(triager);
    expect(staff.some((m) => m.id === triager.id)).toBe(true);
    expect(staff.every((m) => ["triager", "security", "admin"].includes(m.role))).toBe(true);
    await expect(listStaff(await makeUser("developer"))).rejects.toBeInstanceOf(NotFound);
    await expect(countUsersByRole(triager)).rejects.toBeInstanceOf(Forbidden);
    const counts = await countUsersByRole(await makeUser("admin"));
    expect(counts.admin).toBeGreaterThanOrEqual(1);
  });
});
