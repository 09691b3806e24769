// A tiny in-process runner for background jobs (sending email, promoting stale items). Every app
// instance runs one; jobs must therefore be safe to run on several instances at once (claim work
// with FOR UPDATE SKIP LOCKED or idempotent updates). A job never overlaps itself: the next run
// is scheduled only after the previous one finished. Errors are logged and swallowed, so one bad
// run never stops the job or the server.

export type Job = {
  /** Unique; registering a name again replaces the job. */
  name: string;
  everySeconds: number;
  run: () => Promise<unknown>;
};

type Runner = { job: Job; timer: ReturnType<typeof setTimeout> | null; running: Promise<void> | null };

type SchedulerState = { jobs: Map<string, Job>; runners: Map<string, Runner>; started: boolean };

// Kept on globalThis so a hot reload in development does not start a second set of timers.
const globalForJobs = globalThis as unknown as { hypercareScheduler?: SchedulerState };
const state: SchedulerState = (globalForJobs.hypercareScheduler ??= { jobs: new Map(), runners: new Map(), started: false });

export function registerJob(job: Job): void {
  if (!job.name || !(job.everySeconds > 0)) throw new Error(`Invalid job ${JSON.stringify(job.name)}: it needs a name and a positive interval.`);
  state.jobs.set(job.name, job);
  if (state.started) {
    stopRunner(job.name);
    startRunner(job);
  }
}

export function unregisterJob(name: string): void {
  state.jobs.delete(name);
  stopRunner(name);
}

export function registeredJobs(): string[] {
  return [...state.jobs.keys()];
}

/** Starts every registered job (and any registered later). Calling it again does nothing. */
export function startScheduler(): void {
  if (state.started) return;
  state.started = true;
  for (const job of state.jobs.values()) startRunner(job);
}

/** Stops the timers and waits for runs in progress (tests, shutdown). */
export async function stopScheduler(): Promise<void> {
  state.started = false;
  const running = [...state.runners.values()].map((r) => r.running).filter((p): p is Promise<void> => p !== null);
  for (const name of [...state.runners.keys()]) stopRunner(name);
  await Promise.all(running);
}

/** Runs one job now, logging and swallowing its error; for callers that want a run outside the timer. */
export async function runJobOnce(job: Job): Promise<boolean> {
  const started = Date.now();
  try {
    await job.run();
    return true;
  } catch (error) {
    console.error(`Background job "${job.name}" failed after ${Date.now() - started} ms:`, error);
    return false;
  }
}

function startRunner(job: Job): void {
  const runner: Runner = { job, timer: null, running: null };
  state.runners.set(job.name, runner);
  const tick = () => {
    runner.timer = null;
    runner.running = runJobOnce(job).then(() => {
      runner.running = null;
      // Only the runner still registered under this name keeps going (registerJob may replace it).
      if (state.started && state.runners.get(job.name) === runner) schedule();
    });
  };
  const schedule = () => {
    runner.timer = setTimeout(tick, job.everySeconds * 1000);
    // A pending job must not keep a process alive that is otherwise done (scripts, tests).
    runner.timer.unref?.();
  };
  schedule();
}

function stopRunner(name: string): void {
  const runner = state.runners.get(name);
  if (runner?.timer) clearTimeout(runner.timer);
  state.runners.delete(name);
}
