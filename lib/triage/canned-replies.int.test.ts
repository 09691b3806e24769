import { beforeAll, describe, expect, it } from "vitest";
import { createPeople, type People } from "../../test/people";
import { db } from "../db";
import { Conflict, Forbidden, Invalid, NotFound } from "../errors";
import { createCannedReply, DEMO_CANNED_REPLIES, deleteCannedReply, listCannedReplies, seedCannedReplies, updateCannedReply } from "./canned-replies";

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const people = {} as People;

beforeAll(async () => {
  Object.assign(people, await createPeople(`canned-${tag}`));
}, 120_000);

describe("canned replies", () => {
  it("lets admins keep the list, audited, and staff read it", async () => {
    const reply = await createCannedReply(people.admin, { title: `Fixed in the next release ${tag}`, body: "The fix ships with **1.4**." }, { ip: "203.0.113.50" });
    expect((await listCannedReplies(people.triager)).find((r) => r.id === reply.id)).toMatchObject({ body: "The fix ships with **1.4**." });
    const edited = await updateCannedReply(people.admin, reply.id, { body: "The fix ships with **1.5**." });
    expect(edited).toMatchObject({ title: reply.title, body: "The fix ships with **1.5**." });
    await deleteCannedReply(people.admin, reply.id);
    expect((await listCannedReplies(people.admin)).some((r) => r.id === reply.id)).toBe(false);
    const actions = await db.auditLog.findMany({ where: { targetId: reply.id }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(actions).toEqual(["create", "update", "delete"].map((verb) => ({ action: `canned_reply.${verb}`, actorId: people.admin.id })));
    await expect(updateCannedReply(people.admin, reply.id, { title: "Gone" })).rejects.toBeInstanceOf(NotFound);
  });

  it("keeps titles unique whatever their case, and says so", async () => {
    const reply = await createCannedReply(people.admin, { title: `Duplicate ${tag}`, body: "First." });
    await expect(createCannedReply(people.admin, { title: `DUPLICATE ${tag}`, body: "Second." })).rejects.toThrow(/already a canned reply called/);
    const other = await createCannedReply(people.admin, { title: `Other ${tag}`, body: "Other." });
    await expect(updateCannedReply(people.admin, other.id, { title: `duplicate ${tag}` })).rejects.toBeInstanceOf(Conflict);
    expect(await updateCannedReply(people.admin, reply.id, { title: `duplicate ${tag}` })).toMatchObject({ title: `duplicate ${tag}` });
  });

  it("explains what is wrong with a title or body", async () => {
    const error = await createCannedReply(people.admin, { title: "x".repeat(121), body: "  " }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors).toEqual({ title: ["A title can be at most 120 characters."], body: ["Write the reply."] });
    const long = await createCannedReply(people.admin, { title: `Long ${tag}`, body: "y".repeat(10_001) }).catch((e: unknown) => e);
    expect((long as Invalid).fieldErrors.body).toEqual(["A reply can be at most 10,000 characters."]);
  });

  it.each([
    ["a triager", "triager", Forbidden],
    ["a security engineer", "security", Forbidden],
    ["a developer", "developer", NotFound],
  ] as const)("refuses changes by %s", async (_label, role, error) => {
    const reply = await createCannedReply(people.admin, { title: `Guarded ${role} ${tag}`, body: "Body." });
    await expect(createCannedReply(people[role], { title: `By ${role} ${tag}`, body: "Body." })).rejects.toBeInstanceOf(error);
    await expect(updateCannedReply(people[role], reply.id, { body: "Changed." })).rejects.toBeInstanceOf(error);
    await expect(deleteCannedReply(people[role], reply.id)).rejects.toBeInstanceOf(error);
    expect((await db.cannedReply.findUniqueOrThrow({ where: { id: reply.id } })).body).toBe("Body.");
    if (role === "developer") await expect(listCannedReplies(people.developer)).rejects.toBeInstanceOf(NotFound);
  });

  it("seeds the demo replies once, even when seeded twice at the same time", async () => {
    await Promise.all([seedCannedReplies(), seedCannedReplies()]);
    expect(await seedCannedReplies()).toBe(0);
    const titles = DEMO_CANNED_REPLIES.map((r) => r.title);
    expect(await db.cannedReply.count({ where: { title: { in: titles } } })).toBe(titles.length);
  });
});
