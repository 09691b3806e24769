import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { systemActor, type Actor } from "../auth/authorize";
import { importApiVersion } from "../catalog/import-version";
import { readSourceFromPath } from "../catalog/import/source-files";
import * as categoriesRoute from "../../app/api/v1/forum/categories/route";
import * as threadsRoute from "../../app/api/v1/forum/threads/route";
import * as threadRoute from "../../app/api/v1/forum/threads/[number]/route";
import * as repliesRoute from "../../app/api/v1/forum/threads/[number]/replies/route";
import * as threadVoteRoute from "../../app/api/v1/forum/threads/[number]/vote/route";
import * as acceptedRoute from "../../app/api/v1/forum/threads/[number]/accepted-answer/route";
import * as threadFlagsRoute from "../../app/api/v1/forum/threads/[number]/flags/route";
import * as postRoute from "../../app/api/v1/forum/posts/[id]/route";
import * as postVoteRoute from "../../app/api/v1/forum/posts/[id]/vote/route";
import * as postFlagsRoute from "../../app/api/v1/forum/posts/[id]/flags/route";
import * as flagsRoute from "../../app/api/v1/forum/flags/route";
import * as flagRoute from "../../app/api/v1/forum/flags/[id]/route";

// The forum's HTTP API end to end (route handler → domain → database), with the session replaced
// by the acting user: who may call each write endpoint, and that nobody reaches another person's
// or a hidden record by guessing its number or id.

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("../auth/actor", async () => ({ ...(await vi.importActual<object>("../auth/authorize")), getActor: async () => session.actor }));

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const api = `forumapi-${tag}`;
const partnerApi = `forumapi-partner-${tag}`;
type Who = "owner" | "other" | "partner" | "triager" | "security" | "admin" | "newbie";
const people = {} as Record<Who, Actor>;
const petstore = () => readSourceFromPath(fileURLToPath(new URL("../../prisma/demo/openapi/petstore.yaml", import.meta.url)));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
let counter = 0;
const unique = (text: string) => `${text} (${tag}-${++counter})`;

async function call(as: Who | null, handler: Handler, { path = "/api/v1/forum", params = {}, body }: { path?: string; params?: Record<string, string>; body?: unknown } = {}) {
  session.actor = as ? people[as] : null;
  const init: RequestInit = body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) };
  const response = await handler(new Request(`http://localhost${path}`, init), { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

const newThread = (overrides: Record<string, unknown> = {}) => ({ title: unique("A question about pets"), body: unique("How do I find pets by tag?"), category: api, ...overrides });

async function startThread(as: Who, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await call(as, threadsRoute.POST, { body: newThread(overrides) });
  expect(created.status, created.text).toBe(201);
  return String(created.json!.number);
}

async function addReply(as: Who, number: string): Promise<string> {
  const created = await call(as, repliesRoute.POST, { params: { number }, body: { body: unique("Try findPetsByTags") } });
  expect(created.status, created.text).toBe(201);
  return (created.json!.reply as { id: string }).id;
}

/** Expected status per caller, checked one after the other in this order. */
async function expectStatuses(request: (as: Who | null) => Promise<{ status: number; text: string }>, expected: Partial<Record<Who | "visitor", number>>) {
  const seen: Record<string, number> = {};
  for (const [who, status] of Object.entries(expected)) {
    const response = await request(who === "visitor" ? null : (who as Who));
    seen[who] = response.status;
    if (response.status !== status) seen[`${who} said`] = response.text.slice(0, 200) as unknown as number;
  }
  expect(seen).toMatchObject(expected);
}

let partnerThread: string;
let partnerReply: string;

beforeAll(async () => {
  await importApiVersion(systemActor("test"), { api, version: "v1" }, petstore());
  await importApiVersion(systemActor("test"), { api: partnerApi, version: "v1", visibility: "partner" }, petstore());
  const old = new Date(Date.now() - 30 * 86_400_000);
  const roles = { owner: "developer", other: "developer", partner: "partner", triager: "triager", security: "security", admin: "admin", newbie: "developer" } as const;
  for (const [who, role] of Object.entries(roles) as [Who, (typeof roles)[Who]][]) {
    people[who] = await db.user.create({
      data: { email: `api-${who}-${tag}@example.com`, role, name: `${who} ${tag}`, createdAt: who === "newbie" ? new Date() : old },
      select: { id: true, email: true, name: true, role: true },
    });
  }
  partnerThread = await startThread("partner", { category: partnerApi });
  partnerReply = await addReply("triager", partnerThread);
}, 120_000);

describe("reading", () => {
  it("lists categories and threads for everyone, without a partner API's to developers and visitors", async () => {
    const visitor = await call(null, categoriesRoute.GET);
    expect(visitor.status).toBe(200);
    expect((visitor.json!.categories as { slug: string }[]).map((c) => c.slug)).not.toContain(partnerApi);
    const partner = await call("partner", categoriesRoute.GET);
    expect((partner.json!.categories as { slug: string }[]).map((c) => c.slug)).toContain(partnerApi);
    await expectStatuses((as) => call(as, threadsRoute.GET, { path: `/api/v1/forum/threads?category=${partnerApi}` }), { visitor: 404, other: 404, partner: 200, triager: 200 });
    await expectStatuses((as) => call(as, threadRoute.GET, { params: { number: partnerThread } }), { visitor: 404, owner: 404, partner: 200, security: 200 });
  });

  it("answers 404 for malformed or unknown numbers and 422 for bad filters, never 500", async () => {
    for (const number of ["abc", "0", "-1", "1e3", "99999999999", "2147483647"]) {
      expect((await call("admin", threadRoute.GET, { params: { number } })).status, number).toBe(404);
    }
    const bad = await call(null, threadsRoute.GET, { path: "/api/v1/forum/threads?sort=hot&page=-2&tag=NO%20WAY" });
    expect(bad.status).toBe(422);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
    expect(Object.keys(bad.json!.errors as object).sort()).toEqual(["page", "sort", "tag"]);
  });

  it("never sends author ids or emails", async () => {
    const number = await startThread("owner");
    await addReply("other", number);
    const read = await call(null, threadRoute.GET, { params: { number } });
    for (const who of ["owner", "other"] as const) {
      expect(read.text).not.toContain(people[who].id);
      expect(read.text).not.toContain(people[who].email);
    }
    expect(read.json).toMatchObject({ number: Number(number), author: { name: `owner ${tag}`, staff: false, isYou: false } });
  });
});

describe("writing: who may call each endpoint", () => {
  it("POST /threads: anyone signed in; bad input is 422 with field messages", async () => {
    await expectStatuses((as) => call(as, threadsRoute.POST, { body: newThread() }), { visitor: 401, owner: 201, other: 201, partner: 201, triager: 201, security: 201 });
    const bad = await call("owner", threadsRoute.POST, { body: { title: 42, body: ["x"], tags: "NOT OK!", api: partnerApi } });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json!.errors as object).sort()).toEqual(["body", "tags", "title"]);
    expect((await call("owner", threadsRoute.POST, { body: "{not json" })).status).toBe(422);
    expect((await call("owner", threadsRoute.POST, { body: [1, 2] })).status).toBe(422);
    const hiddenApi = await call("owner", threadsRoute.POST, { body: newThread({ category: "general", api: partnerApi }) });
    expect(hiddenApi.status).toBe(422);
  });

  it("PATCH /threads/{n} edit: the author (within 30 min) and staff; others 403; hidden records 404", async () => {
    const number = await startThread("owner");
    await expectStatuses((as) => call(as, threadRoute.PATCH, { params: { number }, body: { body: unique("Edited body text") } }), {
      visitor: 401,
      owner: 200,
      other: 403,
      partner: 403,
      triager: 200,
      security: 200,
    });
    await expectStatuses((as) => call(as, threadRoute.PATCH, { params: { number: partnerThread }, body: { body: unique("Probing a partner thread") } }), { owner: 404, other: 404, partner: 200 });
    const unknownField = await call("owner", threadRoute.PATCH, { params: { number }, body: { authorId: people.other.id } });
    expect(unknownField.status).toBe(422);
    expect(unknownField.json!.errors).toEqual({ authorId: ["Unknown field."] });
  });

  it("PATCH /threads/{n} moderation: staff only, audited", async () => {
    const number = await startThread("owner");
    await expectStatuses((as) => call(as, threadRoute.PATCH, { params: { number }, body: { pinned: true } }), { visitor: 401, owner: 403, other: 403, partner: 403, triager: 200 });
    await expectStatuses((as) => call(as, threadRoute.PATCH, { params: { number }, body: { locked: true } }), { security: 200 });
    await expectStatuses((as) => call(as, threadRoute.PATCH, { params: { number }, body: { hidden: true } }), { admin: 200 });
    const moves = await call("admin", threadRoute.PATCH, { params: { number }, body: { category: "general" } });
    expect(moves.json).toMatchObject({ category: "general", pinned: true, locked: true, hidden: true });
    const thread = await db.forumThread.findUniqueOrThrow({ where: { number: Number(number) } });
    const actions = await db.auditLog.findMany({ where: { targetId: thread.id }, select: { action: true, actorId: true } });
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: "forum.thread.pin", actorId: people.triager.id },
        { action: "forum.thread.lock", actorId: people.security.id },
        { action: "forum.thread.hide", actorId: people.admin.id },
        { action: "forum.thread.move", actorId: people.admin.id },
      ]),
    );
    // Hidden now: 404 for everyone but staff and the author; locked: no replies from the author.
    await expectStatuses((as) => call(as, threadRoute.GET, { params: { number } }), { visitor: 404, other: 404, owner: 200, triager: 200 });
    expect((await call("owner", repliesRoute.POST, { params: { number }, body: { body: unique("Still there?") } })).status).toBe(409);
    const wrongType = await call("admin", threadRoute.PATCH, { params: { number }, body: { pinned: "yes" } });
    expect(wrongType.status).toBe(422);
  });

  it("DELETE /threads/{n}: the author early while unanswered, and staff; others 403", async () => {
    const number = await startThread("owner");
    await expectStatuses((as) => call(as, threadRoute.DELETE, { params: { number } }), { visitor: 401, other: 403, partner: 403, owner: 204 });
    await expectStatuses((as) => call(as, threadRoute.DELETE, { params: { number } }), { owner: 404, triager: 404 });
    const answered = await startThread("owner");
    await addReply("other", answered);
    await expectStatuses((as) => call(as, threadRoute.DELETE, { params: { number: answered } }), { owner: 403, security: 204 });
    await expectStatuses((as) => call(as, threadRoute.DELETE, { params: { number: partnerThread } }), { owner: 404, other: 404 });
  });

  it("POST /threads/{n}/replies: anyone signed in who may read the thread", async () => {
    const number = await startThread("owner");
    await expectStatuses((as) => call(as, repliesRoute.POST, { params: { number }, body: { body: unique("A reply") } }), {
      visitor: 401,
      owner: 201,
      other: 201,
      partner: 201,
      triager: 201,
      security: 201,
    });
    await expectStatuses((as) => call(as, repliesRoute.POST, { params: { number: partnerThread }, body: { body: unique("Probe") } }), { owner: 404, partner: 201 });
    const empty = await call("other", repliesRoute.POST, { params: { number }, body: {} });
    expect(empty.status).toBe(422);
    expect(empty.json!.errors).toEqual({ body: ["Write a reply."] });
  });

  it("PUT and DELETE /threads/{n}/vote and /posts/{id}/vote: others than the author, once", async () => {
    const number = await startThread("owner");
    const replyId = await addReply("other", number);
    await expectStatuses((as) => call(as, threadVoteRoute.PUT, { params: { number } }), { visitor: 401, owner: 403, other: 200, triager: 200 });
    expect((await call("other", threadVoteRoute.PUT, { params: { number } })).json).toEqual({ upvotes: 2, voted: true });
    expect((await call("other", threadVoteRoute.DELETE, { params: { number } })).json).toEqual({ upvotes: 1, voted: false });
    await expectStatuses((as) => call(as, postVoteRoute.PUT, { params: { id: replyId } }), { visitor: 401, other: 403, owner: 200, security: 200 });
    await expectStatuses((as) => call(as, postVoteRoute.DELETE, { params: { id: replyId } }), { visitor: 401, owner: 200 });
    await expectStatuses((as) => call(as, threadVoteRoute.PUT, { params: { number: partnerThread } }), { owner: 404 });
    await expectStatuses((as) => call(as, postVoteRoute.PUT, { params: { id: partnerReply } }), { owner: 404, other: 404, partner: 200 });
    await expectStatuses((as) => call(as, postVoteRoute.PUT, { params: { id: "c0000000000000000000000000" } }), { owner: 404, admin: 404 });
  });

  it("PUT and DELETE /threads/{n}/accepted-answer: the author and staff", async () => {
    const number = await startThread("owner");
    const replyId = await addReply("other", number);
    await expectStatuses((as) => call(as, acceptedRoute.PUT, { params: { number }, body: { postId: replyId } }), {
      visitor: 401,
      other: 403,
      partner: 403,
      owner: 200,
      triager: 200,
      security: 200,
    });
    const read = await call(null, threadRoute.GET, { params: { number } });
    expect(read.json).toMatchObject({ acceptedPostId: replyId, hasAcceptedAnswer: true });
    await expectStatuses((as) => call(as, acceptedRoute.DELETE, { params: { number } }), { visitor: 401, other: 403, owner: 200 });
    // A reply of another thread, or of a partner thread, cannot be accepted here.
    await expectStatuses((as) => call(as, acceptedRoute.PUT, { params: { number }, body: { postId: partnerReply } }), { owner: 404 });
    await expectStatuses((as) => call(as, acceptedRoute.PUT, { params: { number: partnerThread }, body: { postId: partnerReply } }), { owner: 404, partner: 200 });
    expect((await call("owner", acceptedRoute.PUT, { params: { number }, body: {} })).status).toBe(422);
  });

  it("POST /threads/{n}/flags and /posts/{id}/flags: anyone signed in but the author, once", async () => {
    const number = await startThread("owner");
    const replyId = await addReply("other", number);
    await expectStatuses((as) => call(as, threadFlagsRoute.POST, { params: { number }, body: { reason: "spam" } }), { visitor: 401, owner: 403, other: 201, triager: 201 });
    expect((await call("other", threadFlagsRoute.POST, { params: { number }, body: { reason: "spam" } })).status).toBe(409);
    await expectStatuses((as) => call(as, postFlagsRoute.POST, { params: { id: replyId }, body: { reason: "inappropriate" } }), { visitor: 401, other: 403, owner: 201 });
    await expectStatuses((as) => call(as, postFlagsRoute.POST, { params: { id: partnerReply }, body: { reason: "spam" } }), { owner: 404, other: 404 });
    expect((await call("security", postFlagsRoute.POST, { params: { id: replyId }, body: { reason: "nope" } })).status).toBe(422);
  });

  it("PATCH /posts/{id}: the author edits (30 min), staff edit and hide; DELETE: the author early, staff", async () => {
    const number = await startThread("owner");
    const replyId = await addReply("other", number);
    await expectStatuses((as) => call(as, postRoute.PATCH, { params: { id: replyId }, body: { body: unique("Edited reply") } }), {
      visitor: 401,
      owner: 403,
      partner: 403,
      other: 200,
      triager: 200,
    });
    await expectStatuses((as) => call(as, postRoute.PATCH, { params: { id: replyId }, body: { hidden: true } }), { other: 403, owner: 403, security: 200 });
    // Hidden: the thread's author no longer finds the reply.
    await expectStatuses((as) => call(as, postVoteRoute.PUT, { params: { id: replyId } }), { owner: 404, partner: 404, admin: 200 });
    await expectStatuses((as) => call(as, postRoute.PATCH, { params: { id: partnerReply }, body: { body: unique("Probe") } }), { owner: 404, other: 404 });
    await expectStatuses((as) => call(as, postRoute.DELETE, { params: { id: replyId } }), { visitor: 401, owner: 404, partner: 404, other: 204 });
    const staffDeletes = await addReply("other", number);
    await expectStatuses((as) => call(as, postRoute.DELETE, { params: { id: staffDeletes } }), { owner: 403, admin: 204, triager: 404 });
  });

  it("GET /flags and PATCH /flags/{id}: staff only, 404 for everyone else", async () => {
    const number = await startThread("owner");
    await call("other", threadFlagsRoute.POST, { params: { number }, body: { reason: "off-topic" } });
    const flag = await db.forumFlag.findFirstOrThrow({ where: { thread: { number: Number(number) } } });
    await expectStatuses((as) => call(as, flagsRoute.GET, { path: "/api/v1/forum/flags" }), { visitor: 401, owner: 404, partner: 404, triager: 200, security: 200, admin: 200 });
    const list = await call("triager", flagsRoute.GET, { path: "/api/v1/forum/flags?status=open" });
    expect((list.json!.flags as { id: string }[]).map((f) => f.id)).toContain(flag.id);
    await expectStatuses((as) => call(as, flagRoute.PATCH, { params: { id: flag.id }, body: { resolved: true } }), { visitor: 401, other: 404, owner: 404, partner: 404, security: 200 });
    expect(await db.auditLog.count({ where: { action: "forum.flag.resolve", targetId: flag.id, actorId: people.security.id } })).toBe(1);
  });
});

describe("posting limits over HTTP", () => {
  it("answers 429 with Retry-After and a message that says what to do", async () => {
    const number = await startThread("newbie");
    const paced = await call("newbie", repliesRoute.POST, { params: { number }, body: { body: unique("Second post at once") } });
    expect(paced.status).toBe(429);
    expect(Number(paced.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(paced.headers.get("retry-after"))).toBeLessThanOrEqual(30);
    expect(paced.json!.detail).toMatch(/New accounts can post once every 30 seconds/);

    const links = await call("newbie", threadsRoute.POST, { body: newThread({ body: "https://a.example https://b.example https://c.example" }) });
    expect(links.status).toBe(429);
    expect(Number(links.headers.get("retry-after"))).toBeGreaterThan(23 * 3600);

    const body = { body: unique("Exactly the same words") };
    expect((await call("owner", repliesRoute.POST, { params: { number }, body })).status).toBe(201);
    const duplicate = await call("owner", repliesRoute.POST, { params: { number }, body });
    expect(duplicate.status).toBe(429);
    expect(Number(duplicate.headers.get("retry-after"))).toBeGreaterThan(290);
    expect(duplicate.json!.detail).toMatch(/You posted exactly this a moment ago/);
  });
});
