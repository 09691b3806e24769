import { beforeAll, describe, expect, it } from "vitest";
import { createPeople, type People } from "../../test/people";
import { db } from "../db";
import { Conflict, Forbidden, Invalid, NotFound } from "../errors";
import { createView, deleteView, listViews } from "./views";

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const people = {} as People;
const viewName = (name: string) => `${name} ${tag}`;

beforeAll(async () => {
  Object.assign(people, await createPeople(`views-${tag}`));
}, 120_000);

const namesFor = async (who: keyof People) => (await listViews(people[who])).map((v) => v.name).filter((n) => n.endsWith(tag));

describe("saved queue views", () => {
  it("keeps a private view for its owner only, with the filters cleaned of paging and unknown keys", async () => {
    const view = await createView(people.triager, { name: viewName("My criticals"), query: "?status=open&priority=critical&after=abc&limit=5&colour=red" });
    expect(view).toMatchObject({ query: "status=open&priority=critical", shared: false, mine: true, canDelete: true });
    expect(await namesFor("triager")).toContain(viewName("My criticals"));
    expect(await namesFor("security")).not.toContain(viewName("My criticals"));
    expect(await db.auditLog.count({ where: { action: "triage.view.share", targetId: view.id } })).toBe(0);
  });

  it("lists a shared view for every staff member after their own, and audits sharing", async () => {
    const shared = await createView(people.triager, { name: viewName("Hypercare breaches"), query: "hypercare=1&breached=1&sort=priority", shared: true }, { ip: "203.0.113.4" });
    await createView(people.security, { name: viewName("Security own"), query: "category=security" });
    const seenBySecurity = (await listViews(people.security)).filter((v) => v.name.endsWith(tag));
    expect(seenBySecurity.map((v) => v.name)).toEqual([viewName("Security own"), viewName("Hypercare breaches")]);
    expect(seenBySecurity[1]).toMatchObject({ mine: false, canDelete: false, owner: { id: people.triager.id } });
    const audit = await db.auditLog.findFirst({ where: { action: "triage.view.share", targetId: shared.id } });
    expect(audit).toMatchObject({ actorId: people.triager.id, ip: "203.0.113.4" });
    expect(audit?.data).toMatchObject({ name: shared.name, query: "hypercare=1&breached=1&sort=priority" });
  });

  it("refuses filters the queue would refuse, and a second view with the same name", async () => {
    const error = await createView(people.triager, { name: viewName("Bad"), query: "priority=urgent" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors.query?.[0]).toMatch(/^priority: Unknown priority/);
    await createView(people.triager, { name: viewName("Twice"), query: "status=new" });
    await expect(createView(people.triager, { name: viewName("Twice"), query: "status=triaged" })).rejects.toBeInstanceOf(Conflict);
    await expect(createView(people.triager, { name: " ", query: "status=new" })).rejects.toBeInstanceOf(Invalid);
  });

  it("lets the owner delete a view and an admin delete a shared one, nobody else", async () => {
    const own = await createView(people.security, { name: viewName("Short-lived"), query: "status=new" });
    const privateOne = await createView(people.triager, { name: viewName("Private"), query: "status=new" });
    const shared = await createView(people.triager, { name: viewName("Team view"), query: "team=dx", shared: true });

    await expect(deleteView(people.security, privateOne.id)).rejects.toBeInstanceOf(NotFound);
    await expect(deleteView(people.admin, privateOne.id)).rejects.toBeInstanceOf(NotFound);
    await expect(deleteView(people.security, shared.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(deleteView(people.developer, shared.id)).rejects.toBeInstanceOf(NotFound);

    await deleteView(people.security, own.id);
    await deleteView(people.admin, shared.id);
    expect(await db.savedView.count({ where: { id: { in: [own.id, shared.id] } } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { action: "triage.view.delete", targetId: shared.id } })).toMatchObject({ actorId: people.admin.id });
  });

  it("does not exist for developers", async () => {
    await expect(listViews(people.developer)).rejects.toBeInstanceOf(NotFound);
    await expect(createView(people.partner, { name: viewName("Nope"), query: "" })).rejects.toBeInstanceOf(NotFound);
  });
});
