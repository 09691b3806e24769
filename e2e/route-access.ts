import type { Who } from "./support/roles";

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
  "/docs": { GET: { expected: all(200) } },
  "/docs/[api]": { GET: [{ path: "/docs/petstore", expected: all(200) }, { path: "/docs/harbor", expected: partnerContent }] },
  "/docs/[api]/[version]": { GET: { path: "/docs/museum/1.0.0", expected: all(200) } },
  "/docs/[api]/[version]/[operation]": {
    GET: [
      { path: "/docs/petstore/1.0.27/getPetById", expected: all(200) },
      { path: "/docs/harbor/2.0/getRepository", expected: partnerContent },
    ],
  },
  // Visitors' cached copies are reached through /docs only (a rewrite); their own addresses redirect there.
  "/cached/docs/[api]": { GET: { path: "/cached/docs/petstore", expected: all(308) } },
  "/cached/docs/[api]/[version]": { GET: { path: "/cached/docs/museum/1.0.0", expected: all(308) } },
  "/cached/docs/[api]/[version]/[operation]": { GET: { path: "/cached/docs/petstore/1.0.27/getPetById", expected: all(308) } },
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
  "/api/v1/reports/[id]/close": {
    // Checked last for this report in the manifest's order: only its reporter may close it.
    POST: { path: (ids) => `/api/v1/reports/${ids.privateReportId}/close`, expected: { visitor: 401, developer: 200, partner: 404, triager: 403, security: 403, admin: 403 } },
  },
  "/api/auth/[...nextauth]": {
    GET: { path: "/api/auth/session", expected: all(200) },
    // Without a CSRF token next-auth refuses and redirects.
    POST: { path: "/api/auth/signout", expected: all(302) },
  },
};
