/**
 * Whether a path is a docs page served from Next's cache to visitors (proxy.ts): the API,
 * version and operation pages, not the version diff (it depends on its query string).
 */
export function isCacheableDocsPath(pathname: string): boolean {
  const match = /^\/docs\/([^/]+)(?:\/([^/]+)(?:\/([^/]+))?)?\/?$/.exec(pathname);
  return Boolean(match) && !(match![2] === "diff" && match![3] === undefined);
}

/** next-auth's session cookie, plain or __Secure- (https), whole or in chunks. */
export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"].flatMap((name) => [name, `${name}.0`]);
