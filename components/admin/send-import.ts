import type { ImportSummary } from "@/lib/catalog/import-version";
import type { Problem } from "@/lib/http/problem";

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; problem: Problem };

type Listeners = {
  /** Upload progress, 0–100. */
  progress: (percent: number) => void;
  /** The whole body is sent; the server is now validating and importing. */
  uploaded: () => void;
};

const IMPORT_URL = "/api/admin/catalog/imports";

function networkProblem(detail: string): Problem {
  return { type: "about:blank", title: "Upload failed", status: 0, detail };
}

function readProblem(status: number, text: string): Problem {
  try {
    const body = JSON.parse(text) as Partial<Problem>;
    if (typeof body.detail === "string") return { type: "about:blank", title: body.title ?? "Import failed", status, detail: body.detail, errors: body.errors };
  } catch {
    // Not problem+json (a proxy's error page, say): fall through to a generic message.
  }
  return { type: "about:blank", title: "Import failed", status, detail: `The server answered ${status}. Please try again.` };
}

/** POSTs the import form with XMLHttpRequest, because fetch cannot report upload progress. */
export function sendImport(body: FormData, on: Listeners, signal: AbortSignal): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", IMPORT_URL);
    xhr.setRequestHeader("accept", "application/json, application/problem+json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) on.progress(Math.min(100, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.upload.onload = () => on.uploaded();
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve({ ok: true, summary: JSON.parse(xhr.responseText) as ImportSummary });
          return;
        } catch {
          // Fall through: a success status without a summary is reported as a failure.
        }
      }
      resolve({ ok: false, problem: readProblem(xhr.status, xhr.responseText) });
    };
    xhr.onerror = () => resolve({ ok: false, problem: networkProblem("The upload did not reach the server. Check your connection and try again.") });
    xhr.onabort = () => resolve({ ok: false, problem: networkProblem("The upload was cancelled.") });
    signal.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
