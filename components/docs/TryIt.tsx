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
  /** A single-operation OpenAPI document, from `singleOperationDocument`. */
  document: Record<string, unknown>;
};

/** An operation's "Try it" console: closed by default, loads swagger-ui on first open and keeps it (and what was typed) while hidden. */
export function TryIt({ document }: Props) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const panelId = useId();

  return (
    <section aria-label="Try it" className="space-y-4">
      <Button
        type="button"
        variant={open ? "secondary" : "primary"}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setLoaded(true);
          setOpen((o) => !o);
        }}
      >
        {open ? "Hide console" : "Try it"}
      </Button>
      {loaded && (
        <div id={panelId} hidden={!open} className="space-y-4">
          <Alert tone="info">
            Requests go from your browser straight to the API&apos;s server, not through this portal. To call an operation that needs
            a credential, paste it in <strong>Authorize</strong>: it stays in this page and is not sent to or stored by the portal.
          </Alert>
          {/* swagger-ui has no dark theme, so it keeps a light surface in dark mode too. */}
          <div className="overflow-hidden rounded-xl border border-slate-200 bg-white text-slate-900 shadow-sm dark:border-slate-700">
            <TryItConsole document={document} />
          </div>
        </div>
      )}
    </section>
  );
}
