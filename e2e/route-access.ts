import type { Who } from "./support/roles";
import { DEFAULT_TRIAGE_SETTINGS } from "../lib/triage/settings-schema";

/**
 * The expected answer of every route under app/ to every kind of caller. The unit test
 * e2e/route-access.test.ts fails when a route or method has no entry for each role, and
 * e2e/route-access.spec.ts checks each entry against the running portal.
 * Pages: 307 = sent to sign in (or, for sign-in pages, on to the account); 404 = does not
 * exist for this caller; 403 = staff without this permission.
 */
export type Expected = Record<Who, number>;

export type RouteCheck = {
  /** The concrete URL to request, when the route has dynamic segments. */
  path?: string | ((ids: SampleIds) => string);
  body?: () => unknown;
  expected: Expected;
};

export type SampleIds = { developer2Id: string; privateReportId: string };

const all = (status: number): Expected => ({ visitor: status, developer: status, partner: status, triager: status, security: status, admin: status });
const signedInPage: Expected = { ...all(200), visitor: 307 };
const signedOutPage: Expected = { ...all(307), visitor: 200 };
const staffPage: Expected = { visitor: 307, developer: 404, partner: 404, triager: 200, security: 200, admin: 200 };
const adminPage: Expected = { ...staffPage, triager: 403, security: 403 };
const adminApi: Expected = { visitor: 401, developer: 404, partner: 404, triager: 403, security: 403, admin: 200 };
/** Read by every staff role, unknown to everyone else. */
const staffApi: Expected = { visitor: 401, developer: 404, partner: 404, triager: 200, security: 200, admin: 200 };

/** A private report filed by developer@example.com: the reporter and staff only. */
const privateReport: Expected = { visitor: 404, developer: 200, partner: 404, triager: 200, security: 200, admin: 200 };
const partnerContent: Expected = { ...all(200), visitor: 404, developer: 404 };
const adminApiRefusals = { visitor: 401, developer: 404, partner: 404, triager: 403, security: 403 };

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
/** Several checks for one method when the answer depends on the record (a public and a partner-only API). */
export const ROUTE_ACCESS: Record<string, Partial<Record<Method, RouteCheck | RouteCheck[]>>> = {
  "/": { GET: { expected: all(200) } },
  "/signin": { GET: { expected: signedOutPage } },
  "/signup": { GET: { expected: signedOutPage } },
  "/account": { GET: { expected: signedInPage } },
  "/admin": { GET: { expected: staffPage } },
  "/admin/users": { GET: { expected: adminPage } },
  "/admin/audit": { GET: { expected: adminPage } },
  // Doc-page ratings: everyone votes on pages they may see (visitors per IP); staff see the stats.
  "/admin/ratings": { GET: [{ expected: staffPage }, { path: "/admin/ratings?path=/docs/petstore/1.0.27/getPetById&minVotes=1", expected: staffPage }] },
  "/api/v1/ratings": {
    GET: [
      { path: "/api/v1/ratings?api=petstore&version=1.0.27&operation=getPetById", expected: all(200) },
      { path: "/api/v1/ratings?api=harbor&version=2.0", expected: partnerContent },
    ],
    PUT: [
      { body: () => ({ api: "museum", version: "1.2.1", helpful: true }), expected: all(200) },
      { body: () => ({ api: "harbor", version: "2.0", helpful: true }), expected: partnerContent },
    ],
  },
  "/api/health": { GET: { expected: all(200) } },
  "/api/account": {
    GET: { expected: { ...all(200), visitor: 401 } },
    POST: {
      body: () => ({ email: `access-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`, password: "copper lantern orbit fig" }),
      expected: all(201),
    },
  },
  "/api/admin/users": { GET: { expected: adminApi } },
  "/api/admin/users/[id]": {
    PATCH: { path: (ids) => `/api/admin/users/${ids.developer2Id}`, body: () => ({ role: "developer" }), expected: adminApi },
  },
  // Triage configuration: staff read it, admins change it. Writes that would change how other tests'
  // items are routed or timed go to unknown ids (404) or carry an invalid body (422) for the admin.
  "/admin/teams": { GET: { expected: adminPage } },
  "/admin/triage/settings": { GET: { expected: adminPage } },
  "/api/admin/triage/settings": { GET: { expected: staffApi }, PUT: { body: () => DEFAULT_TRIAGE_SETTINGS, expected: adminApi } },
  // The category model: the demo has fewer than 20 staff-confirmed categories, so retraining is refused
  // (409), and with no retrained model, reverting answers 200 and changes nothing.
  "/api/admin/triage/classifier": { GET: { expected: staffApi }, POST: { expected: { ...adminApiRefusals, admin: 409 } }, DELETE: { expected: adminApi } },
  "/api/admin/teams": {
    GET: { expected: staffApi },
    POST: { body: () => ({ name: `Access check ${Date.now()} ${Math.random().toString(36).slice(2, 8)}` }), expected: { ...adminApiRefusals, admin: 201 } },
  },
  "/api/admin/teams/[id]": {
    PATCH: { path: "/api/admin/teams/no-such-team", body: () => ({ name: "Renamed team" }), expected: { ...adminApiRefusals, admin: 404 } },
    DELETE: { path: "/api/admin/teams/no-such-team", expected: { ...adminApiRefusals, admin: 404 } },
  },
  "/api/admin/teams/[id]/members": {
    POST: { path: "/api/admin/teams/no-such-team/members", body: () => ({ userId: "no-such-user" }), expected: { ...adminApiRefusals, admin: 404 } },
  },
  "/api/admin/teams/[id]/members/[userId]": { DELETE: { path: "/api/admin/teams/no-such-team/members/no-such-user", expected: { ...adminApiRefusals, admin: 404 } } },
  "/api/admin/routing-rules": {
    GET: { expected: staffApi },
    POST: { body: () => ({ teamId: "no-such-team", keyword: "access check" }), expected: { ...adminApiRefusals, admin: 422 } },
  },
  "/api/admin/routing-rules/[id]": {
    PATCH: { path: "/api/admin/routing-rules/no-such-rule", body: () => ({ move: "up" }), expected: { ...adminApiRefusals, admin: 404 } },
    DELETE: { path: "/api/admin/routing-rules/no-such-rule", expected: { ...adminApiRefusals, admin: 404 } },
  },
  "/api/admin/hypercare-windows": {
    GET: { expected: staffApi },
    POST: { body: () => ({ versionId: "no-such-version", startsAt: "2030-01-01T00:00:00Z", endsAt: "2030-01-15T00:00:00Z" }), expected: { ...adminApiRefusals, admin: 422 } },
  },
  "/api/admin/hypercare-windows/[id]": { DELETE: { path: "/api/admin/hypercare-windows/no-such-window", expected: { ...adminApiRefusals, admin: 404 } } },
  "/api/admin/canned-replies": { GET: { expected: staffApi }, POST: { body: () => ({ title: "", body: "" }), expected: { ...adminApiRefusals, admin: 422 } } },
  "/api/admin/canned-replies/[id]": {
    PATCH: { path: "/api/admin/canned-replies/no-such-reply", body: () => ({ title: "Renamed reply" }), expected: { ...adminApiRefusals, admin: 404 } },
    DELETE: { path: "/api/admin/canned-replies/no-such-reply", expected: { ...adminApiRefusals, admin: 404 } },
  },
  // The triage queue: staff only. Writes go to unknown items or carry an invalid body, so no demo data changes.
  "/admin/triage": { GET: [{ expected: staffPage }, { path: "/admin/triage?status=new&sort=newest&hypercare=1", expected: staffPage }] },
  "/api/admin/triage/items": {
    GET: [{ expected: staffApi }, { path: "/api/admin/triage/items?priority=urgent", expected: { visitor: 401, developer: 404, partner: 404, triager: 422, security: 422, admin: 422 } }],
  },
  "/api/admin/triage/items/bulk": { POST: { body: () => ({ ids: ["no-such-item"], patch: { category: "bug" } }), expected: staffApi } },
  "/api/admin/triage/views": { GET: { expected: staffApi }, POST: { body: () => ({ name: "", query: "status=open" }), expected: { visitor: 401, developer: 404, partner: 404, triager: 422, security: 422, admin: 422 } } },
  "/api/admin/triage/views/[id]": { DELETE: { path: "/api/admin/triage/views/no-such-view", expected: { ...all(404), visitor: 401 } } },
  "/api/admin/triage/export": { GET: { path: "/api/admin/triage/export?status=new&kind=report", expected: staffApi } },
  "/api/admin/triage/people": { GET: { expected: staffApi } },
  "/admin/triage/[number]": { GET: { path: "/admin/triage/999999999", expected: { ...staffPage, triager: 404, security: 404, admin: 404 } } },
  "/api/admin/triage/items/[id]": { PATCH: { path: "/api/admin/triage/items/no-such-item", body: () => ({ category: "bug" }), expected: { ...all(404), visitor: 401 } } },
  "/api/admin/triage/items/[id]/notes": { POST: { path: "/api/admin/triage/items/no-such-item/notes", body: () => ({ body: "A note." }), expected: { ...all(404), visitor: 401 } } },
  "/api/admin/triage/items/[id]/replies": { POST: { path: "/api/admin/triage/items/no-such-item/replies", body: () => ({ body: "A reply." }), expected: { ...all(404), visitor: 401 } } },
  "/api/admin/triage/items/[id]/merge": { POST: { path: "/api/admin/triage/items/no-such-item/merge", body: () => ({ into: "no-such-other" }), expected: { ...all(404), visitor: 401 } } },
  "/docs": { GET: { expected: all(200) } },
  "/docs/[api]": { GET: [{ path: "/docs/petstore", expected: all(200) }, { path: "/docs/harbor", expected: partnerContent }] },
  "/docs/[api]/[version]": { GET: { path: "/docs/museum/1.0.0", expected: all(200) } },
  "/docs/[api]/[version]/[operation]": {
    GET: [
      { path: "/docs/petstore/1.0.27/getPetById", expected: all(200) },
      { path: "/docs/harbor/2.0/getRepository", expected: partnerContent },
    ],
  },
  // The cached copies of docs pages are reached through /docs only (proxy.ts); their own addresses redirect there.
  "/cached/[audience]/docs/[api]": { GET: { path: "/cached/visitor/docs/petstore", expected: all(308) } },
  "/cached/[audience]/docs/[api]/[version]": { GET: { path: "/cached/member/docs/museum/1.0.0", expected: all(308) } },
  "/cached/[audience]/docs/[api]/[version]/[operation]": { GET: { path: "/cached/visitor/docs/petstore/1.0.27/getPetById", expected: all(308) } },
  "/docs/[api]/diff": { GET: { path: "/docs/museum/diff?from=1.0.0&to=1.2.1", expected: all(200) } },
  "/admin/apis": { GET: { expected: adminPage } },
  "/api/admin/catalog/imports": {
    // A JSON body reaches the admin's upload parser, which asks for multipart/form-data.
    POST: { body: () => ({}), expected: { ...adminApiRefusals, admin: 422 } },
  },
  "/api/v1/apis": { GET: { expected: all(200) } },
  "/api/v1/apis/[api]": { GET: [{ path: "/api/v1/apis/museum", expected: all(200) }, { path: "/api/v1/apis/harbor", expected: partnerContent }] },
  "/api/v1/apis/[api]/versions/[version]/operations": {
    GET: [
      { path: "/api/v1/apis/museum/versions/1.2.1/operations", expected: all(200) },
      { path: "/api/v1/apis/harbor/versions/2.0/operations", expected: partnerContent },
    ],
  },
  "/api/v1/apis/[api]/versions/[version]/operations/[operation]/try-it": {
    GET: [
      { path: "/api/v1/apis/petstore/versions/1.0.27/operations/getPetById/try-it", expected: all(200) },
      { path: "/api/v1/apis/harbor/versions/2.0/operations/getRepository/try-it", expected: partnerContent },
      { path: "/api/v1/apis/petstore/versions/1.0.27/operations/noSuchOperation/try-it", expected: all(404) },
    ],
  },
  "/api/v1/apis/[api]/diff": { GET: { path: "/api/v1/apis/museum/diff?from=1.0.0&to=1.2.1", expected: all(200) } },
  // The intake benchmark's reference handler exists only with BENCH_ROUTES=1.
  "/api/bench/empty": { POST: { body: () => ({}), expected: all(404) } },
  "/api/v1/search": { GET: { path: "/api/v1/search?q=pet", expected: all(200) } },
  "/reports": { GET: { expected: signedInPage } },
  "/reports/new": { GET: [{ expected: signedInPage }, { path: "/reports/new?api=petstore&version=1.0.27&operation=getPetById", expected: signedInPage }] },
  "/reports/[id]": { GET: { path: (ids) => `/reports/${ids.privateReportId}`, expected: privateReport } },
  "/api/v1/reports": {
    GET: { path: "/api/v1/reports?mine=true", expected: { ...all(200), visitor: 401 } },
    POST: {
      body: () => ({ title: "Access check report", description: "Filed by the route access test.", api: "petstore", impact: "question" }),
      expected: { ...all(201), visitor: 401 },
    },
  },
  "/api/v1/reports/[id]": { GET: { path: (ids) => `/api/v1/reports/${ids.privateReportId}`, expected: privateReport } },
  "/api/v1/reports/[id]/comments": {
    POST: {
      path: (ids) => `/api/v1/reports/${ids.privateReportId}/comments`,
      body: () => ({ body: "Access check comment." }),
      expected: { visitor: 401, developer: 201, partner: 404, triager: 201, security: 201, admin: 201 },
    },
  },
  // A JSON body reaches the upload parser (422) only for those who may attach files to this report.
  "/api/v1/reports/[id]/attachments": {
    POST: { path: (ids) => `/api/v1/reports/${ids.privateReportId}/attachments`, body: () => ({}), expected: { visitor: 401, developer: 422, partner: 404, triager: 422, security: 422, admin: 422 } },
  },
  "/api/v1/attachments/[id]": {
    GET: { path: "/api/v1/attachments/no-such-file", expected: all(404) },
    DELETE: { path: "/api/v1/attachments/no-such-file", expected: { ...all(404), visitor: 401 } },
  },
  // "Affects me too" is for public reports: those who may see this private one learn that (409).
  "/api/v1/reports/[id]/affected": {
    PUT: { path: (ids) => `/api/v1/reports/${ids.privateReportId}/affected`, body: () => ({}), expected: { visitor: 401, developer: 409, partner: 404, triager: 409, security: 409, admin: 409 } },
    DELETE: { path: (ids) => `/api/v1/reports/${ids.privateReportId}/affected`, expected: { visitor: 401, developer: 409, partner: 404, triager: 409, security: 409, admin: 409 } },
  },
  // Notifications: staff report updates (before the reporter closes the report below), the
  // caller's notifications and email settings, the one-click unsubscribe link and the outbox.
  "/api/admin/reports/[id]": {
    PATCH: { path: (ids) => `/api/admin/reports/${ids.privateReportId}`, body: () => ({ status: "in_progress" }), expected: { visitor: 401, developer: 404, partner: 404, triager: 200, security: 200, admin: 200 } },
  },
  "/api/admin/reports/[id]/replies": {
    POST: { path: (ids) => `/api/admin/reports/${ids.privateReportId}/replies`, body: () => ({ body: "Access check reply from our team." }), expected: { visitor: 401, developer: 404, partner: 404, triager: 201, security: 201, admin: 201 } },
  },
  "/notifications": { GET: { expected: signedInPage } },
  "/api/v1/notifications": { GET: { expected: { ...all(200), visitor: 401 } } },
  "/api/v1/notifications/unread-count": { GET: { expected: { ...all(200), visitor: 401 } } },
  "/api/v1/notifications/read": { POST: { body: () => ({ all: true }), expected: { ...all(200), visitor: 401 } } },
  "/api/v1/notifications/preferences": {
    GET: { expected: { ...all(200), visitor: 401 } },
    PUT: { body: () => ({ emailReports: true, emailForum: true }), expected: { ...all(200), visitor: 401 } },
  },
  // Without a (validly signed) token the link is refused with a 400 page, whoever follows it.
  "/unsubscribe": { GET: { path: "/unsubscribe?token=forged", expected: all(400) }, POST: { path: "/unsubscribe?token=forged", expected: all(400) } },
  "/admin/outbox": { GET: { expected: adminPage } },
  "/admin/outbox/[id]": { GET: { path: "/admin/outbox/no-such-email", expected: { ...adminPage, admin: 404 } } },
  "/api/v1/reports/[id]/close": {
    // Checked last for this report in the manifest's order: only its reporter may close it.
    POST: { path: (ids) => `/api/v1/reports/${ids.privateReportId}/close`, expected: { visitor: 401, developer: 200, partner: 404, triager: 403, security: 403, admin: 403 } },
  },
  // Forum, on the seeded demo threads (lib/forum/demo-seed.ts): #2 by developer@ in Petstore with an
  // accepted answer, #3 by developer2@ in Petstore, #5 in the partner-only Harbor category.
  "/forum": { GET: [{ expected: all(200) }, { path: "/forum?q=pet", expected: all(200) }, { path: "/forum?sort=top&period=week&tag=pets&page=2", expected: all(200) }] },
  "/forum/c/[category]": {
    GET: [
      { path: "/forum/c/general", expected: all(200) },
      { path: "/forum/c/petstore?sort=unanswered", expected: all(200) },
      { path: "/forum/c/harbor", expected: partnerContent },
      { path: "/forum/c/no-such-category", expected: all(404) },
    ],
  },
  "/forum/t/[number]": {
    GET: [
      { path: "/forum/t/2", expected: all(200) },
      { path: "/forum/t/5", expected: partnerContent },
      { path: "/forum/t/not-a-number", expected: all(404) },
    ],
  },
  "/forum/new": {
    GET: [
      { expected: signedInPage },
      { path: "/forum/new?api=petstore&version=1.0.27&operation=getPetById", expected: signedInPage },
      { path: "/forum/new?api=harbor", expected: { ...partnerContent, visitor: 307 } },
    ],
  },
  "/admin/forum-flags": { GET: { expected: staffPage } },
  "/api/v1/forum/categories": { GET: { expected: all(200) } },
  "/api/v1/forum/threads": {
    GET: [{ expected: all(200) }, { path: "/api/v1/forum/threads?category=harbor", expected: partnerContent }, { path: "/api/v1/forum/threads?sort=hot", expected: all(422) }],
    POST: {
      body: () => ({ title: "Access check thread", body: `Posted by the route access test ${Date.now()}-${Math.random()}`, category: "general" }),
      expected: { ...all(201), visitor: 401 },
    },
  },
  "/api/v1/forum/threads/[number]": {
    GET: [{ path: "/api/v1/forum/threads/2", expected: all(200) }, { path: "/api/v1/forum/threads/5", expected: partnerContent }],
    PATCH: { path: "/api/v1/forum/threads/3", body: () => ({ pinned: false }), expected: { visitor: 401, developer: 403, partner: 403, triager: 200, security: 200, admin: 200 } },
    DELETE: { path: "/api/v1/forum/threads/999999", expected: { ...all(404), visitor: 401 } },
  },
  "/api/v1/forum/threads/[number]/replies": {
    POST: [
      { path: "/api/v1/forum/threads/3/replies", body: () => ({ body: `Access check reply ${Date.now()}-${Math.random()}` }), expected: { ...all(201), visitor: 401 } },
      { path: "/api/v1/forum/threads/5/replies", body: () => ({ body: `Access check reply ${Date.now()}-${Math.random()}` }), expected: { ...partnerContent, visitor: 401, partner: 201, triager: 201, security: 201, admin: 201 } },
    ],
  },
  "/api/v1/forum/threads/[number]/vote": {
    PUT: { path: "/api/v1/forum/threads/3/vote", expected: { ...all(200), visitor: 401 } },
    DELETE: { path: "/api/v1/forum/threads/3/vote", expected: { ...all(200), visitor: 401 } },
  },
  "/api/v1/forum/threads/[number]/accepted-answer": {
    PUT: { path: "/api/v1/forum/threads/2/accepted-answer", body: () => ({ postId: "demo-forum-pet-404-r2" }), expected: { visitor: 401, developer: 200, partner: 403, triager: 200, security: 200, admin: 200 } },
    DELETE: { path: "/api/v1/forum/threads/3/accepted-answer", expected: { visitor: 401, developer: 403, partner: 403, triager: 200, security: 200, admin: 200 } },
  },
  "/api/v1/forum/threads/[number]/flags": { POST: { path: "/api/v1/forum/threads/3/flags", body: () => ({ reason: "off-topic" }), expected: { ...all(201), visitor: 401 } } },
  "/api/v1/forum/posts/[id]": {
    PATCH: { path: "/api/v1/forum/posts/demo-forum-pet-404-r1", body: () => ({ hidden: false }), expected: { visitor: 401, developer: 403, partner: 403, triager: 200, security: 200, admin: 200 } },
    DELETE: { path: "/api/v1/forum/posts/no-such-post", expected: { ...all(404), visitor: 401 } },
  },
  "/api/v1/forum/posts/[id]/vote": {
    PUT: { path: "/api/v1/forum/posts/demo-forum-pet-404-r1/vote", expected: { ...all(200), visitor: 401 } },
    DELETE: { path: "/api/v1/forum/posts/demo-forum-pet-404-r1/vote", expected: { ...all(200), visitor: 401 } },
  },
  "/api/v1/forum/posts/[id]/flags": { POST: { path: "/api/v1/forum/posts/demo-forum-pet-404-r1/flags", body: () => ({ reason: "spam" }), expected: { ...all(201), visitor: 401 } } },
  "/api/v1/forum/flags": { GET: { expected: { visitor: 401, developer: 404, partner: 404, triager: 200, security: 200, admin: 200 } } },
  "/api/v1/forum/flags/[id]": {
    PATCH: { path: "/api/v1/forum/flags/demo-forum-flag-spam", body: () => ({ resolved: true }), expected: { visitor: 401, developer: 404, partner: 404, triager: 200, security: 200, admin: 200 } },
  },
  "/api/auth/[...nextauth]": {
    GET: { path: "/api/auth/session", expected: all(200) },
    // Without a CSRF token next-auth refuses and redirects.
    POST: { path: "/api/auth/signout", expected: all(302) },
  },
};
