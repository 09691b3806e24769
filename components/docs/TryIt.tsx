"use client";

import dynamic from "next/dynamic";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";

/**
 * swagger-ui is large, so it is not part of the page's JavaScript: this chunk (and its CSS) is
 * fetched only once the reader opens the console, because the component is rendered only then.
 */
const TryItConsole = dynamic(() => import("./TryItConsole"), {
  ssr: false,
  loading: () => (
    <p role="status" className="px-4 py-6 text-sm text-slate-600 dark:text-slate-300">
      Loading the console…
    </p>
  ),
});

type Props = {
  /** Where the operation's one-operation OpenAPI document is (fetched on first open, to keep it out of the page). */
  documentUrl: string;
};

type Loaded = { state: "idle" | "loading" } | { state: "ready"; document: Record<string, unknown> } | { state: "failed"; message: string };

async function fetchDocument(url: string): Promise<Loaded> {
  try {
    const res = await fetch(url, { headers: { accept: "application/json" } });
    const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    if (res.ok && body) return { state: "ready", document: body };
    return { state: "failed", message: typeof body?.detail === "string" ? body.detail : `The portal answered ${res.status}.` };
  } catch {
    return { state: "failed", message: "The portal could not be reached. Check your connection and try again." };
  }
}

/** An operation's "Try it" console: closed by default, loads swagger-ui on first open and keeps it (and what was typed) while hidden. */
export function TryIt({ documentUrl }: Props) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ state: "idle" });
  const panelId = useId();

  return (
    <section aria-label="Try it" className="space-y-4">
      <Button
        type="button"
        variant={open ? "secondary" : "primary"}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((o) => !o);
          if (loaded.state === "idle" || loaded.state === "failed") {
            setLoaded({ state: "loading" });
            void fetchDocument(documentUrl).then(setLoaded);
          }
        }}
      >
        {open ? "Hide console" : "Try it"}
      </Button>
      {loaded.state !== "idle" && (
        <div id={panelId} hidden={!open} className="space-y-4">
          <Alert tone="info">
            Requests go from your browser straight to the API&apos;s server, not through this portal. To call an operation that needs
            a credential, paste it in <strong>Authorize</strong>: it stays in this page and is not sent to or stored by the portal.
          </Alert>
          {/* swagger-ui has no dark theme, so it keeps a light surface in dark mode too. */}
          <div className="overflow-hidden rounded-xl border border-slate-200 bg-white text-slate-900 shadow-sm dark:border-slate-700">
            {loaded.state === "ready" ? (
              <TryItConsole document={loaded.document} />
            ) : loaded.state === "failed" ? (
              <div className="p-4">
                <Alert tone="error">The console could not load this operation: {loaded.message}</Alert>
              </div>
            ) : (
              <p role="status" className="px-4 py-6 text-sm text-slate-600">
                Loading the console…
              </p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
