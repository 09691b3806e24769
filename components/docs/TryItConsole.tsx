"use client";

import { useMemo } from "react";
import SwaggerUI from "swagger-ui-react";
import "swagger-ui-react/swagger-ui.css";
import styles from "./try-it.module.css";

const ALL_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

type Props = { document: Record<string, unknown> };

/** swagger-ui's HTTP function: takes a request object (or a URL) and resolves to a response. */
type HttpFn = ((request: unknown) => Promise<unknown>) & { withCredentials?: boolean };

/**
 * The swagger-ui console for one operation. Loaded only through `TryIt` (next/dynamic, no SSR), so
 * swagger-ui stays out of the page's initial JavaScript.
 */
export default function TryItConsole({ document }: Props) {
  const plugins = useMemo(() => {
    const servers = Array.isArray(document.servers) ? document.servers : [];
    return [plainWordsFetchFailures, tidyLayout(servers.length > 1)];
  }, [document]);

  return (
    <div className={styles.console}>
      <SwaggerUI
        spec={document}
        plugins={plugins}
        tryItOutEnabled
        docExpansion="full"
        defaultModelsExpandDepth={-1}
        supportedSubmitMethods={[...ALL_METHODS]}
        displayRequestDuration
      />
    </div>
  );
}

/**
 * Wraps swagger-ui's `fn.fetch` so a request the browser could not complete (network error, CORS
 * refusal, mixed content) reads as an explanation instead of swagger-ui's "Failed to fetch".
 * User plugins are registered after swagger-ui's presets, so `system.fn.fetch` is the stock one here.
 */
function plainWordsFetchFailures(system: { fn: { fetch: HttpFn } }) {
  const original = system.fn.fetch;
  const fetch: HttpFn = async (request) => {
    try {
      return await original(request);
    } catch (error) {
      if (!isNetworkFailure(error)) throw error;
      const explained = new Error(networkFailureMessage(requestUrl(request)));
      // swagger-ui prints `${name}: ${message}`, and leaves the name out when it is empty.
      explained.name = "";
      throw explained;
    }
  };
  return { fn: { fetch } };
}

/** Hides what the page already shows: the API title block, and the server picker when there is nothing to pick. */
function tidyLayout(showServers: boolean) {
  const hidden = () => () => null;
  return () => ({ wrapComponents: { InfoContainer: hidden, ...(showServers ? {} : { ServersContainer: hidden }) } });
}

/** `fetch` rejects with a TypeError, and no HTTP status, when no response arrived at all. */
function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof Error) || "status" in error) return false;
  return error.name === "TypeError" && /failed to fetch|networkerror|load failed|network request failed/i.test(error.message);
}

function requestUrl(request: unknown): string | null {
  if (typeof request === "string") return request;
  if (typeof request === "object" && request !== null && typeof (request as { url?: unknown }).url === "string") return (request as { url: string }).url;
  return null;
}

function networkFailureMessage(url: string | null): string {
  const portal = window.location.origin;
  let target = "the API's server";
  let mixedContent = false;
  if (url) {
    try {
      const parsed = new URL(url, window.location.href);
      target = `\`${parsed.origin}\``;
      mixedContent = window.location.protocol === "https:" && parsed.protocol === "http:";
    } catch {
      // Keep the generic wording.
    }
  }
  return [
    `Your browser could not get a response from ${target}.`,
    "Either the server is unreachable from your network, or it does not allow requests from this portal's origin (CORS).",
    ...(mixedContent ? ["Browsers also block calls from this secure (https) page to a plain http server."] : []),
    `Try the curl sample instead, or ask the API owner to allow \`${portal}\`.`,
  ].join(" ");
}
