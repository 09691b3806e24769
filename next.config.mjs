/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() and app/forbidden.tsx for staff pages a staff role may not open.
  // Cached docs pages live in each server's memory only: a restart (or another database) starts
  // empty instead of serving pages left on disk by an earlier run.
  experimental: { authInterrupts: true, isrFlushToDisk: false },
  cacheMaxMemorySize: 128 * 1024 * 1024,
  // Shared caches (CDNs) may serve a docs page at most 5 minutes past its 60 s freshness.
  expireTime: 300,
  // Native and WebAssembly packages stay as plain Node requires on the server.
  // pg and its Prisma adapter too: lib/db.ts hands Prisma a pg.Pool, which the adapter recognizes
  // with instanceof, so both must load the one copy of pg.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "nodemailer", "pg", "@prisma/adapter-pg"],
  async redirects() {
    // The cached copies of docs pages (see proxy.ts) have one public address each: the /docs one.
    return [{ source: "/cached/:audience/:path*", destination: "/:path*", permanent: true }];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
