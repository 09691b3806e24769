import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { Invalid, NotFound, RateLimited, Unauthenticated } from "../errors";
import { systemActor } from "../auth/authorize";
import { importApiVersion } from "../catalog/import-version";
import { readSourceFromPath } from "../catalog/import/source-files";
import { myRating, ratePage, VISITOR_VOTES_PER_HOUR } from "./ratings";
import { lowestRatedPages, ratingStats } from "./ratings-stats";
import { createPeople, type People } from "../../test/people";

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const api = `rat-${tag}`;
const partnerApi = `rat-partner-${tag}`;
const people = {} as People;
const petstore = () => readSourceFromPath(fileURLToPath(new URL("../../prisma/demo/openapi/petstore.yaml", import.meta.url)));
let ipCount = 0;
/** A fresh documentation-range address per use, so one test's per-IP counters never touch another's. */
const freshIp = () => `198.51.${Math.floor(Math.random() * 250)}.${++ipCount % 250}-${tag}`;
const op = (operation: string, more: Record<string, unknown> = {}) => ({ api, version: "v1", operation, ...more });
const ip = { ip: "203.0.113.7" };

/** The error a call was refused with; fails the test if the call succeeded. */
async function rejection<E>(call: Promise<unknown>): Promise<E> {
  try {
    await call;
  } catch (error) {
    return error as E;
  }
  throw new Error("Expected the call to be refused, but it succeeded.");
}

beforeAll(async () => {
  await importApiVersion(systemActor("test"), { api, version: "v1" }, petstore());
  await importApiVersion(systemActor("test"), { api, version: "v2" }, petstore());
  await importApiVersion(systemActor("test"), { api: partnerApi, version: "v1", visibility: "partner" }, petstore());
  Object.assign(people, await createPeople(tag));
}, 120_000);

const triageItemOf = async (pagePath: string, userId: string) => {
  const rating = await db.pageRating.findUniqueOrThrow({ where: { pagePath_userId: { pagePath, userId } }, select: { triageItem: true } });
  return rating.triageItem;
};

describe("ratePage for accounts", () => {
  it("records a negative vote with reason and comment, and puts it in the triage queue", async () => {
    const stored = await ratePage(people.developer, op("getPetById", { helpful: false, reason: "missing_example", comment: "No example of the 404 body." }), ip);
    expect(stored).toMatchObject({ pagePath: `/docs/${api}/v1/getPetById`, api, version: "v1", operation: "getPetById", helpful: false, reason: "missing_example", comment: "No example of the 404 body." });
    expect(await myRating(people.developer, op("getPetById"), ip)).toEqual(stored);
    const item = await triageItemOf(stored.pagePath, people.developer.id);
    expect(item).toMatchObject({ kind: "rating", visibility: "private", versionLabel: "v1", operationSlug: "getPetById", title: `Not helpful: Find pet by ID (Swagger Petstore - OpenAPI 3.0 v1) — Missing example` });
  });

  it("lets the reader change the vote: one vote per account per page, and no misleading triage item left", async () => {
    const page = op("updatePet");
    const first = await ratePage(people.developer, { ...page, helpful: false, reason: "incorrect", comment: "The 405 response is wrong." }, ip);
    const itemId = (await triageItemOf(first.pagePath, people.developer.id))!.id;

    // A new comment updates the same item.
    await ratePage(people.developer, { ...page, helpful: false, reason: "unclear", comment: "Actually it is just unclear." }, ip);
    const updated = await triageItemOf(first.pagePath, people.developer.id);
    expect(updated).toMatchObject({ id: itemId, title: expect.stringMatching(/— Unclear$/) });

    // Taking the comment back withdraws the item; the vote stays negative.
    const noComment = await ratePage(people.developer, { ...page, helpful: false, reason: "unclear" }, ip);
    expect(noComment).toMatchObject({ helpful: false, reason: "unclear", comment: null });
    expect(await triageItemOf(first.pagePath, people.developer.id)).toBeNull();

    // Negative with a comment again, then helpful: the vote replaces the old one whole.
    await ratePage(people.developer, { ...page, helpful: false, comment: "Missing the 400 case." }, ip);
    expect((await triageItemOf(first.pagePath, people.developer.id))?.title).toMatch(/— no reason given$/);
    const yes = await ratePage(people.developer, { ...page, helpful: true }, ip);
    expect(yes).toMatchObject({ helpful: true, reason: null, comment: null });
    expect(await triageItemOf(first.pagePath, people.developer.id)).toBeNull();
    expect(await db.pageRating.count({ where: { pagePath: first.pagePath, userId: people.developer.id } })).toBe(1);
    expect(await db.triageItem.count({ where: { id: itemId } })).toBe(0);
  });

  it("keeps one vote when the same account votes twice at once, and separate votes for separate accounts", async () => {
    const page = op("deletePet");
    await Promise.all([ratePage(people.developer2, { ...page, helpful: true }, ip), ratePage(people.developer2, { ...page, helpful: false }, ip)]);
    await ratePage(people.partner, { ...page, helpful: true }, ip);
    const rows = await db.pageRating.findMany({ where: { pagePath: `/docs/${api}/v1/deletePet` }, select: { userId: true } });
    expect(rows.map((r) => r.userId).sort()).toEqual([people.developer2.id, people.partner.id].sort());
  });

  it("counts a rating of /docs/<api> for the version that page shows", async () => {
    const latest = await ratePage(people.developer2, { api, helpful: true }, ip);
    expect(latest).toMatchObject({ version: "v2", operation: null, pagePath: `/docs/${api}/v2` });
    expect(await myRating(people.developer2, { api, version: "v2" }, ip)).toMatchObject({ helpful: true });
    expect(await myRating(people.developer2, { api, version: "v1" }, ip)).toBeNull();
  });

  it("allows links in an account's comment", async () => {
    const stored = await ratePage(people.developer2, op("addPet", { helpful: false, reason: "other", comment: "Compare with https://example.com/spec" }), ip);
    expect(stored.comment).toBe("Compare with https://example.com/spec");
  });

  it("refuses bad input with field-level messages", async () => {
    const error = (input: unknown) => rejection<Invalid>(ratePage(people.developer, input, ip));
    const bad = await error({ api, helpful: "yes", reason: "boring", comment: "x".repeat(2001) });
    expect(bad).toBeInstanceOf(Invalid);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["comment", "helpful", "reason"]);
    expect((await error(op("getPetById", { helpful: true, reason: "unclear" }))).fieldErrors.reason).toEqual(["A reason is only for pages that were not helpful."]);
    expect((await error({ api, operation: "getPetById", helpful: true })).fieldErrors.version).toBeDefined();
    expect((await error({ api: "bad\u0000slug", helpful: true })).fieldErrors.api).toBeDefined();
    expect(await error(null)).toBeInstanceOf(Invalid);
  });

  it("stores a comment as plain text, without control characters", async () => {
    const stored = await ratePage(people.developer, op("findPetsByStatus", { helpful: false, comment: "  line one\u0000\nline <b>two</b>\u0007  " }), ip);
    expect(stored.comment).toBe("line one\nline <b>two</b>");
  });
});

describe("pages the reader may not see", () => {
  it("answers a hidden API exactly like one that does not exist, for votes and for reading votes", async () => {
    for (const who of [null, people.developer]) {
      const hidden = await rejection<NotFound>(ratePage(who, { api: partnerApi, version: "v1", helpful: true }, { ip: freshIp() }));
      const missing = await rejection<NotFound>(ratePage(who, { api: `nope-${tag}`, version: "v1", helpful: true }, { ip: freshIp() }));
      expect(hidden).toBeInstanceOf(NotFound);
      expect(hidden.message).toBe(missing.message);
      await expect(myRating(who, { api: partnerApi, version: "v1" }, { ip: freshIp() })).rejects.toBeInstanceOf(NotFound);
    }
    expect(await db.pageRating.count({ where: { api: { slug: partnerApi } } })).toBe(0);
    await expect(ratePage(people.partner, { api: partnerApi, version: "v1", operation: "getPetById", helpful: false, comment: "Partner view." }, ip)).resolves.toMatchObject({ helpful: false });
  });

  it("answers 404 for versions and operations that do not exist", async () => {
    await expect(ratePage(people.developer, { api, version: "v9", helpful: true }, ip)).rejects.toBeInstanceOf(NotFound);
    await expect(ratePage(people.developer, op("noSuchOperation", { helpful: true }), ip)).rejects.toBeInstanceOf(NotFound);
  });
});

describe("ratePage for visitors", () => {
  it("keys the vote by a hash of the IP address, never the address itself", async () => {
    const address = freshIp();
    const stored = await ratePage(null, op("getInventory", { helpful: false, reason: "outdated", comment: "The status values changed." }), { ip: address });
    expect(stored).toMatchObject({ helpful: false, reason: "outdated", comment: "The status values changed." });
    const row = await db.pageRating.findFirstOrThrow({ where: { pagePath: `/docs/${api}/v1/getInventory`, userId: null } });
    expect(row.visitorKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row.visitorKey).not.toContain(address);
    const counters = await db.rateLimiterFlexible.findMany({ where: { key: { contains: address } } });
    expect(counters).toEqual([]);

    // The same address reads its vote back (not the comment: an address can be shared); another reads nothing.
    expect(await myRating(null, op("getInventory"), { ip: address })).toMatchObject({ helpful: false, reason: "outdated", comment: null });
    expect(await myRating(null, op("getInventory"), { ip: freshIp() })).toBeNull();
    const changed = await ratePage(null, op("getInventory", { helpful: true }), { ip: address });
    expect(changed).toMatchObject({ helpful: true, reason: null });
    expect(await db.pageRating.count({ where: { pagePath: `/docs/${api}/v1/getInventory`, userId: null } })).toBe(1);
  });

  it("refuses links in a visitor's comment, however they are written", async () => {
    const address = freshIp();
    for (const comment of ["see https://spam.example", "cheap at pills.com", "[here](http://x.test)", "www.example.org", "example[.]com"]) {
      const error = await rejection<Invalid>(ratePage(null, op("getPetById", { helpful: false, comment }), { ip: address }));
      expect(error, comment).toBeInstanceOf(Invalid);
      expect(error.fieldErrors.comment?.[0]).toMatch(/cannot contain links/);
    }
    expect(await myRating(null, op("getPetById"), { ip: address })).toBeNull();
    await expect(ratePage(null, op("getPetById", { helpful: false, reason: "unclear", comment: "Which status codes are possible?" }), { ip: address })).resolves.toMatchObject({ reason: "unclear" });
  });

  it(`limits votes per IP address to ${VISITOR_VOTES_PER_HOUR.points} an hour, with a wait`, async () => {
    const address = freshIp();
    for (let i = 0; i < VISITOR_VOTES_PER_HOUR.points; i++) await ratePage(null, op("getPetById", { helpful: i % 2 === 0 }), { ip: address });
    const refused = await rejection<RateLimited>(ratePage(null, op("getPetById", { helpful: true }), { ip: address }));
    expect(refused).toBeInstanceOf(RateLimited);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect(refused.message).toMatch(/Try again in \d+ (minutes|seconds)/);
    // Another address, and accounts on the same address, are not affected.
    await expect(ratePage(null, op("getPetById", { helpful: true }), { ip: freshIp() })).resolves.toBeTruthy();
    await expect(ratePage(people.developer2, op("getPetById", { helpful: true }), { ip: address })).resolves.toBeTruthy();
  });
});

describe("staff rating views", () => {
  const overview = `/docs/${api}/v1`;

  beforeAll(async () => {
    // The v1 overview: 1 yes, 3 no (one with a comment from an account, one from a visitor).
    await ratePage(people.developer, { api, version: "v1", helpful: false, reason: "unclear", comment: "Which server is production?" }, ip);
    await ratePage(people.developer2, { api, version: "v1", helpful: true }, ip);
    await ratePage(people.partner, { api, version: "v1", helpful: false }, ip);
    await ratePage(null, { api, version: "v1", helpful: false, reason: "outdated", comment: "Mentions a retired version." }, { ip: freshIp() });
  });

  it("are for staff only", async () => {
    for (const who of [people.developer, people.partner]) {
      await expect(ratingStats(who)).rejects.toBeInstanceOf(NotFound);
      await expect(lowestRatedPages(who)).rejects.toBeInstanceOf(NotFound);
    }
    await expect(ratingStats(null)).rejects.toBeInstanceOf(Unauthenticated);
    await expect(lowestRatedPages(null)).rejects.toBeInstanceOf(Unauthenticated);
  });

  it("show per page helpful %, votes, yes and no, and recent comments with reason, date and who", async () => {
    for (const staff of [people.triager, people.security, people.admin]) {
      const [page] = await ratingStats(staff, { path: overview });
      expect(page).toMatchObject({ pagePath: overview, title: "Swagger Petstore - OpenAPI 3.0 v1", version: "v1", operation: null, votes: 4, helpful: 1, notHelpful: 3, helpfulPercent: 25 });
      expect(page!.recentComments.map((c) => [c.who, c.reason, c.comment])).toEqual([
        ["visitor", "outdated", "Mentions a retired version."],
        [people.developer.email, "unclear", "Which server is production?"],
      ]);
      expect(page!.recentComments[0]!.at).toBeInstanceOf(Date);
    }
    const all = await ratingStats(people.triager, { api });
    expect(all.map((p) => p.pagePath)).toEqual(expect.arrayContaining([overview, `/docs/${api}/v1/getPetById`, `/docs/${api}/v2`]));
    expect(all.every((p) => p.api.slug === api)).toBe(true);
    const op = all.find((p) => p.pagePath === `/docs/${api}/v1/getPetById`)!;
    expect(op.title).toBe("Find pet by ID (Swagger Petstore - OpenAPI 3.0 v1)");
  });

  it("include partner-only pages for staff", async () => {
    const pages = await ratingStats(people.triager, { api: partnerApi });
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ api: { visibility: "partner" }, recentComments: [{ who: people.partner.email, comment: "Partner view." }] });
  });

  it("list the lowest-rated pages with at least the minimum number of votes, least helpful first", async () => {
    const lowest = await lowestRatedPages(people.triager, { minVotes: 3, limit: 100 });
    expect(lowest.every((p) => p.votes >= 3)).toBe(true);
    const percents = lowest.map((p) => p.helpfulPercent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(lowest.find((p) => p.pagePath === overview)).toMatchObject({ helpfulPercent: 25, recentComments: [{ who: "visitor" }] });
    // With a higher bar, the 4-vote page drops out.
    expect((await lowestRatedPages(people.triager, { minVotes: 5, limit: 100 })).some((p) => p.pagePath === overview)).toBe(false);
    await expect(lowestRatedPages(people.triager, { minVotes: 0 })).rejects.toBeInstanceOf(Invalid);
  });
});

describe("one reader's rating is nobody else's business", () => {
  it("never shows another account's vote or comment to a developer", async () => {
    await ratePage(people.developer, op("uploadFile", { helpful: false, reason: "incorrect", comment: "Private remark by developer one." }), ip);
    expect(await myRating(people.developer2, op("uploadFile"), ip)).toBeNull();
    // Same address, but an account reads only its own vote, and a visitor on it never sees an account's.
    expect(await myRating(null, op("uploadFile"), ip)).toBeNull();
    await ratePage(people.developer2, op("uploadFile", { helpful: true }), ip);
    expect(await myRating(people.developer, op("uploadFile"), ip)).toMatchObject({ helpful: false, comment: "Private remark by developer one." });
    expect(await myRating(people.developer2, op("uploadFile"), ip)).toMatchObject({ helpful: true, comment: null });
  });
});
