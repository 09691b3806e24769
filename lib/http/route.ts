import "server-only";
import type { z } from "zod";
import { getActor, getSessionUser, requireSignedIn, requireStaff, type Actor, type SessionUser } from "../auth/actor";
import { Invalid, Unauthenticated } from "../errors";
import { fieldErrorsOf } from "../validation";
import { clientIp } from "./client-ip";
import { readCappedBody } from "./capped-body";
import { errorResponse } from "./problem";
import { hasUnstorableText } from "./unstorable-text";

/**
 * "session": signed in, but the user is not looked up here: the domain function reads him in its
 * own statement (the report intake, which does everything in one round trip to the database).
 */
type Access = "public" | "signed-in" | "staff" | "session";

type RouteSpec<P, Q, B> = {
  /** Who may call at all; domain functions still check the finer rules. */
  access: Access;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
};

type RouteInput<P, Q, B> = {
  request: Request;
  /** Null for "session" routes, which get `session` instead. */
  actor: Actor | null;
  session: SessionUser | null;
  ip: string;
  params: P;
  query: Q;
  body: B;
};

type NextRouteContext = { params: Promise<Record<string, string | string[]>> };

async function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, what: string): Promise<T> {
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Invalid(`The ${what} is invalid.`, fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** The largest JSON body any route takes: far above every field limit, far below what would hurt. */
const MAX_JSON_BYTES = 1024 * 1024;

async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) {
    throw new Invalid("Send the request body as JSON with Content-Type: application/json.");
  }
  let body: unknown;
  const text = new TextDecoder().decode(await readCappedBody(request, MAX_JSON_BYTES, `The request body is larger than ${MAX_JSON_BYTES / 1024 / 1024} MB.`));
  try {
    body = JSON.parse(text);
  } catch {
    throw new Invalid("The request body is not valid JSON.");
  }
  if (hasUnstorableText(body)) throw new Invalid("Text in the request body must be valid Unicode without NUL (\\u0000) characters.");
  return body;
}

/**
 * Wraps a route handler: resolves the actor, checks the access mode, validates params,
 * query and body with zod, serializes the result as JSON and maps every error to
 * application/problem+json.
 */
export function defineRoute<P = undefined, Q = undefined, B = undefined>(
  spec: RouteSpec<P, Q, B>,
  handler: (input: RouteInput<P, Q, B>) => Promise<Response | object>,
) {
  return async (request: Request, context: NextRouteContext): Promise<Response> => {
    const url = new URL(request.url);
    const instance = url.pathname;
    try {
      let actor: Actor | null = null;
      let session: SessionUser | null = null;
      if (spec.access === "session") {
        session = await getSessionUser();
        if (!session) throw new Unauthenticated();
      } else {
        actor = await getActor();
      }
      if (spec.access === "signed-in") requireSignedIn(actor);
      if (spec.access === "staff") requireStaff(actor);
      const rawParams = await context.params;
      const rawQuery = Object.fromEntries(url.searchParams);
      if (hasUnstorableText(rawParams) || hasUnstorableText(rawQuery)) throw new Invalid("The address may not contain NUL (%00) characters or invalid Unicode.");
      const params = await parse(spec.params, rawParams, "path");
      const query = await parse(spec.query, rawQuery, "query string");
      const body = spec.body ? await parse(spec.body, await readJson(request), "request body") : (undefined as B);
      const result = await handler({ request, actor, session, ip: clientIp(request.headers), params, query, body });
      return result instanceof Response ? result : Response.json(result, { headers: { "cache-control": "no-store" } });
    } catch (error) {
      return errorResponse(error, instance);
    }
  };
}

