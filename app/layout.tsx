import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/shell/SiteFooter";
import { ThemeScript } from "@/components/shell/ThemeScript";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Hypercare Portal", template: "%s · Hypercare Portal" },
  description: "API documentation, keys, changelogs and feedback, with a staff triage hub built in.",
  icons: { icon: "/favicon.svg" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:shadow dark:focus:bg-slate-900"
        >
          Skip to content
        </a>
        {/* Each route group's layout draws the header and <main> (see PageFrame), so that pages
            cached for visitors can have a header that does not read the session. */}
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
