"use client";

import "./globals.css";

/** Shown when the root layout itself fails; it renders its own html and body. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="grid min-h-dvh place-items-center p-6">
        <main className="max-w-lg text-center">
          <h1 className="text-3xl font-bold tracking-tight">Hypercare Portal is having trouble</h1>
          <p className="mt-3 text-slate-600">
            The page could not be shown{error.digest ? ` (reference ${error.digest})` : ""}. Try again in a moment.
          </p>
          <button onClick={reset} className="mt-8 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
