import "server-only";
import { z } from "zod";
import { databaseUrlOrDefault } from "./db/url";

// Environment variables are parsed here once and read nowhere else in the app.
const optional = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).default(databaseUrlOrDefault()),
  NEXTAUTH_URL: optional,
  NEXTAUTH_SECRET: optional,
  GITHUB_ID: optional,
  GITHUB_SECRET: optional,
  OIDC_ISSUER: optional,
  OIDC_CLIENT_ID: optional,
  OIDC_CLIENT_SECRET: optional,
  OIDC_NAME: z.string().trim().default("Single sign-on"),
  DEMO_PASSWORD: z.string().default("hypercare-demo"),
  // Forum: threads without an answer for this many hours become triage items (default 24).
  FORUM_UNANSWERED_HOURS: optional
    .transform((v) => (v === undefined ? undefined : Number(v)))
    .pipe(z.number("FORUM_UNANSWERED_HOURS must be a number of hours").positive("FORUM_UNANSWERED_HOURS must be a positive number of hours").optional()),
  // Notifications: email goes out through this SMTP server (smtp:// or smtps:// URL); without
  // it, emails stay in the development outbox that admins read at /admin/outbox.
  SMTP_URL: optional.refine((v) => v === undefined || /^smtps?:\/\//.test(v), "SMTP_URL must start with smtp:// or smtps://"),
  MAIL_FROM: optional,
  // Reports: how many one account may file per hour (30). Raised by the intake benchmark.
  REPORTS_PER_HOUR: z.coerce.number("REPORTS_PER_HOUR must be a number").int().positive("REPORTS_PER_HOUR must be positive").default(30),
  // Benchmarks only: exposes /api/bench/empty, the framework-ceiling reference of the intake benchmark.
  BENCH_ROUTES: z.enum(["0", "1"]).default("0"),
});

export type Env = z.infer<typeof EnvSchema>;

function parseEnv(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env: Env = parseEnv();

export const githubSignInEnabled = Boolean(env.GITHUB_ID && env.GITHUB_SECRET);
export const oidcSignInEnabled = Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);

/** The GitHub/OIDC sign-in options this deployment switched on, for the sign-in page. */
export function externalSignInProviders(): { id: string; name: string }[] {
  return [
    ...(githubSignInEnabled ? [{ id: "github", name: "GitHub" }] : []),
    ...(oidcSignInEnabled ? [{ id: "oidc", name: env.OIDC_NAME }] : []),
  ];
}
