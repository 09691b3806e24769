// Next calls register() once when a server process starts. The background jobs (email delivery,
// …) run in the Node.js server only: not in the edge runtime, and not while `next build` renders
// pages in worker processes.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startBackgroundJobs } = await import("./lib/jobs/background");
  startBackgroundJobs();
}
