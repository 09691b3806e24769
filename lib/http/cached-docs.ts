/**
 * The API slug of a docs page served from Next's cache (proxy.ts): the API, version and operation
 * pages, not the version diff (it depends on its query string). Null for any other path.
 */
export function docsApiOf(pathname: string): string | null {
  const match = /^\/docs\/([^/]+)(?:\/([^/]+)(?:\/([^/]+))?)?\/?$/.exec(pathname);
  if (!match || (match[2] === "diff" && match[3] === undefined)) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null; // a malformed %-escape: the per-request page answers it
  }
}
