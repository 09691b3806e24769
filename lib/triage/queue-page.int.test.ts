import { beforeAll, describe, expect, it } from "vitest";
import { createPeople, type People } from "../../test/people";
import { db } from "../db";
import { queuePage } from "./queue-page";
import { parseQueueQuery } from "./queue-request";
import { Invalid } from "../errors";

// The queue as the browser gets it, over the real SQL: SLA cells (with the hypercare window's own
// factor), security items and their count. Items carry a label of this run, apart from other files' items.

const tag = `qp${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const people = {} as People;
const MIN = 60_000;
const now = new Date();
const ago = (minutes: number) => new Date(now.getTime() - minutes * MIN);
const query = (extra = "") => parseQueueQuery(new URLSearchParams(`label=${tag}&sort=oldest${extra}`));

beforeAll(async () => {
  Object.assign(people, await createPeople(`queue-page-${tag}`));
  const api = await db.api.create({ data: { slug: `qp-${tag}`, name: `Queue page ${tag}` } });
  const version = await db.apiVersion.create({ data: { apiId: api.id, label: "2.0", sourceHash: tag, sourceFormat: "openapi-3.1", title: "Queue page" } });
  // A window that cuts targets to a quarter: 15 min for a critical first response becomes 4 min.
  const window = await db.hypercareWindow.create({ data: { versionId: version.id, startsAt: ago(60), endsAt: new Date(now.getTime() + 60 * MIN), factor: 0.25 } });
  const base = { kind: "report" as const, status: "new" as const, labels: [tag], priority: "critical" as const, apiId: api.id, versionLabel: "2.0" };
  await db.triageItem.create({ data: { ...base, visibility: "public", title: "In hypercare", slaStartedAt: ago(5), createdAt: ago(5), hypercareWindowId: window.id } });
  await db.triageItem.create({ data: { ...base, visibility: "public", title: "Outside hypercare", slaStartedAt: ago(4), createdAt: ago(4) } });
  await db.triageItem.create({ data: { ...base, visibility: "security", title: "Security only", slaStartedAt: ago(3), createdAt: ago(3) } });
}, 120_000);

describe("the queue page for the browser", () => {
  it("works out each row's SLA cell with its own hypercare factor", async () => {
    const page = await queuePage(people.triager, query(), now);
    expect(page.items.map((i) => [i.title, i.hypercare, i.sla?.state, i.sla?.label])).toEqual([
      ["In hypercare", true, "breached", "1 min overdue"],
      ["Outside hypercare", false, "running", "11 min left"],
    ]);
    expect(page.items[0]).toMatchObject({ hypercareFactor: 0.25, api: { slug: `qp-${tag}` }, versionLabel: "2.0" });
    expect(typeof page.items[0]!.createdAt).toBe("string");
  });

  it("lists and counts security items only for security staff and admins", async () => {
    expect(await queuePage(people.triager, query(), now)).toMatchObject({ count: 2, capped: false });
    const security = await queuePage(people.security, query(), now);
    expect(security.count).toBe(3);
    expect(security.items.map((i) => i.title)).toContain("Security only");
    const search = query(`&q=${encodeURIComponent("Security only")}`);
    expect((await queuePage(people.security, search, now)).count).toBe(1);
    expect((await queuePage(people.triager, search, now)).count).toBe(0);
  });

  it("pages by keyset", async () => {
    const first = await queuePage(people.admin, query("&limit=2"), now);
    expect(first.items).toHaveLength(2);
    const second = await queuePage(people.admin, parseQueueQuery(new URLSearchParams(`label=${tag}&sort=oldest&limit=2&after=${first.nextCursor}`)), now);
    expect(second.items.map((i) => i.title)).toEqual(["Security only"]);
    expect(second.nextCursor).toBeNull();
  });

  it("names the filter that is wrong", () => {
    const error = (() => {
      try {
        return parseQueueQuery(new URLSearchParams("priority=urgent&sort=random"));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(Invalid);
    expect(Object.keys((error as Invalid).fieldErrors).sort()).toEqual(["priority", "sort"]);
  });
});
