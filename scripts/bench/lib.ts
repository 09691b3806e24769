/**
 * Shared helpers for the benchmarks in scripts/bench/: statistics, tables, machine facts,
 * memory sampling, a keep-alive HTTP load generator and starting/stopping the portal through
 * the launcher (scripts/start.ts). Every request goes to 127.0.0.1 only.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { embeddedDatabaseUrl } from "../../lib/db/url";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- statistics and tables

/** Nearest-rank percentile of an ascending array (p in 0..100). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export type Summary = { count: number; min: number; mean: number; p50: number; p95: number; p99: number; max: number };

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    min: sorted[0] ?? NaN,
    mean: sorted.length ? sum / sorted.length : NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
export const mb = (bytes: number, digits = 1) => fmt(bytes / 1024 / 1024, digits);
export const kb = (bytes: number, digits = 1) => fmt(bytes / 1024, digits);

/** Prints a Markdown table (readable in a terminal, pasteable into docs/benchmarks.md). */
export function printTable(headers: string[], rows: (string | number)[][], title?: string): void {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  if (title) console.log(`\n${title}\n`);
  console.log(line(headers));
  console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
  for (const r of cells.slice(1)) console.log(line(r));
  console.log("");
}

// ---------------------------------------------------------------- machine

export async function machineInfo(): Promise<Record<string, string>> {
  let postgres = "not reachable";
  try {
    const pg = (await import("pg")).default;
    const client = new pg.Client({ host: "127.0.0.1", port: 5432, user: "postgres", database: "postgres", connectionTimeoutMillis: 3000 });
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
    await client.end();
    postgres = `PostgreSQL ${rows[0]?.server_version}`;
  } catch {
    /* reported as not reachable */
  }
  return {
    date: new Date().toISOString(),
    cpus: `${os.availableParallelism()} × ${os.cpus()[0]?.model ?? "?"}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    "load average": os.loadavg().map((l) => l.toFixed(2)).join(" "),
    "real database": postgres,
    "embedded database": "PGlite 0.5.14 via pglite-socket 0.2.17",
  };
}

export async function printMachine(): Promise<void> {
  const info = await machineInfo();
  for (const [k, v] of Object.entries(info)) console.log(`${k.padEnd(18)} ${v}`);
}

/** The 1-minute load average: other work on the machine competes with a benchmark for the CPUs. */
export const loadAverage = () => os.loadavg()[0]!.toFixed(2);

// ---------------------------------------------------------------- CPU time of processes (Linux /proc)

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

export type ProcessCpu = { pid: number; pgid: number; command: string; cpuMs: number };

/** user + system CPU time of every live process, from /proc (empty where /proc is missing). */
export function processCpuTimes(): ProcessCpu[] {
  const out: ProcessCpu[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return out;
  }
  const msPerTick = 1000 / ticksPerSecond();
  for (const entry of entries) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after "(comm) ": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const command = readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ").trim();
      out.push({ pid: Number(entry), pgid: Number(fields[2]), command, cpuMs: (Number(fields[11]) + Number(fields[12])) * msPerTick });
    } catch {
      /* the process ended meanwhile */
    }
  }
  return out;
}

/** Sums CPU ms of the processes `select` picks, between `start()` and `stop()` (processes alive at both ends). */
export function cpuMeter(select: (p: ProcessCpu) => boolean) {
  const before = new Map(processCpuTimes().filter(select).map((p) => [p.pid, p.cpuMs]));
  return {
    stop(): number {
      let total = 0;
      for (const p of processCpuTimes().filter(select)) total += p.cpuMs - (before.get(p.pid) ?? 0);
      return total;
    },
  };
}

/** Busy and total CPU ms of the whole machine (all CPUs) since boot, from /proc/stat. */
function machineCpuMs(): { busy: number; total: number } {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0]!;
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number) as number[];
    const busy = user! + nice! + system! + irq! + softirq! + steal!;
    const msPerTick = 1000 / ticksPerSecond();
    return { busy: busy * msPerTick, total: (busy + idle! + iowait!) * msPerTick };
  } catch {
    return { busy: 0, total: 0 };
  }
}

/** Busy CPU ms of the whole machine between `start` and `stop()`. */
export function machineCpuMeter() {
  const before = machineCpuMs();
  return {
    stop() {
      const after = machineCpuMs();
      return { busyMs: after.busy - before.busy, totalMs: after.total - before.total };
    },
  };
}

/** How busy the machine's CPUs are over `windowMs` (0–100 % of all CPUs). */
export async function machineBusyPercent(windowMs = 2000): Promise<number> {
  const meter = machineCpuMeter();
  await sleep(windowMs);
  const { busyMs, totalMs } = meter.stop();
  return totalMs > 0 ? (100 * busyMs) / totalMs : 0;
}

/**
 * Waits (at most `timeoutMs`) until other work leaves the CPUs mostly idle — two consecutive
 * 2-second windows under `maxBusyPct` — so a measurement does not share the machine with a build
 * or a test run. Call it while the benchmark itself is idle. Returns the last busy percentage.
 */
export async function waitForQuiet(label: string, maxBusyPct = 15, timeoutMs = 180_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let quietWindows = 0;
  let busy = 100;
  let warned = false;
  while (Date.now() < deadline) {
    busy = await machineBusyPercent();
    quietWindows = busy < maxBusyPct ? quietWindows + 1 : 0;
    if (quietWindows >= 2) return busy;
    if (!warned && busy >= maxBusyPct) {
      console.error(`[${label}] the machine is busy with other work (${busy.toFixed(0)} % CPU); waiting up to ${timeoutMs / 1000} s for it to calm down…`);
      warned = true;
    }
  }
  console.error(`[${label}] still ${busy.toFixed(0)} % busy after ${timeoutMs / 1000} s; measuring anyway.`);
  return busy;
}

export const OTHER_WORK_LIMIT_PCT = 15;

/**
 * Runs a measurement up to `attempts` times while other work on the machine took more than
 * OTHER_WORK_LIMIT_PCT of the CPUs during it, and keeps the attempt with the least interference.
 */
export async function leastDisturbed<T extends { otherPct: number }>(label: string, measure: () => Promise<T>, attempts = 3): Promise<T & { attempts: number }> {
  let best: T | undefined;
  let made = 0;
  for (let i = 0; i < attempts; i++) {
    const result = await measure();
    made++;
    if (!best || result.otherPct < best.otherPct) best = result;
    if (result.otherPct <= OTHER_WORK_LIMIT_PCT) break;
    if (i < attempts - 1) console.error(`[${label}] other work used ${result.otherPct.toFixed(0)} % of the CPUs during the run; measuring again…`);
  }
  return { ...best!, attempts: made };
}

// ---------------------------------------------------------------- memory

/** Samples rss and heapUsed every `everyMs` (default 50 ms); `stop()` returns the peaks. */
export function sampleMemory(everyMs = 50) {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      sample();
      clearInterval(timer);
      return { peakRss, peakHeap };
    },
  };
}

// ---------------------------------------------------------------- HTTP

export type Fetched = { status: number; body: Buffer; headers: http.IncomingHttpHeaders; ms: number };

/** One GET to 127.0.0.1 (refuses any other host), with its time to last byte. */
export function get(url: string, agent?: http.Agent, timeoutMs = 60_000, cookie?: string): Promise<Fetched> {
  const target = new URL(url);
  if (target.hostname !== "127.0.0.1" && target.hostname !== "localhost") throw new Error(`Benchmarks only talk to 127.0.0.1, not ${target.hostname}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.get(target, { agent, headers: { accept: "text/html,*/*", ...(cookie ? { cookie } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers, ms: performance.now() - started }));
      res.on("error", reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${url}`)));
    req.on("error", reject);
  });
}

export type LoadResult = Summary & { ok: number; errors: number; seconds: number; rps: number; concurrency: number };

/**
 * `concurrency` clients, each sending the next GET as soon as its previous answer is read
 * (closed loop, keep-alive), for `durationMs`, with `cookie` if given. Latency is time to last
 * byte seen by the client.
 */
export async function loadTest(url: string, options: { concurrency: number; durationMs: number; cookie?: string }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const client = async () => {
    while (performance.now() < deadline) {
      try {
        const res = await get(url, agent, 60_000, options.cookie);
        if (res.status === 200) latencies.push(res.ms);
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { ...summarize(latencies), ok: latencies.length, errors, seconds, rps: latencies.length / seconds, concurrency: options.concurrency };
}

// ---------------------------------------------------------------- the portal

/** Signs in through next-auth's credentials flow and returns the Cookie header of the session. */
export async function signIn(portalUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfResponse = await fetch(`${portalUrl}/api/auth/csrf`);
  remember(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const res = await fetch(`${portalUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  remember(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`signing in as ${email} failed (${res.status})`);
  return cookie();
}

export type Portal = { url: string; port: number; logFile: string; child: ChildProcess; stop: () => Promise<void> };


export async function waitForHealth(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the launcher exited with code ${child.exitCode}`);
    try {
      const res = await get(`${url}/api/health`, undefined, 5000);
      if (res.status === 200) return;
    } catch {
      /* not up yet */
    }
    await sleep(1000);
  }
  throw new Error(`${url}/api/health did not answer 200 within ${timeoutMs / 1000} s`);
}

/**
 * Starts the portal with the launcher (`tsx scripts/start.ts`, production build: it builds only
 * when the sources changed) in its own process group, output to a log file, and waits for
 * /api/health. `stop()` ends the whole group (launcher, tsx, next start, embedded database).
 */
export async function startPortal(options: { port: number; env: Record<string, string | undefined>; label: string; timeoutMs?: number }): Promise<Portal> {
  const logDir = mkdtempSync(join(os.tmpdir(), "hypercare-bench-log-"));
  const logFile = join(logDir, `${options.label}.log`);
  const log = createWriteStream(logFile);
  const env: Record<string, string | undefined> = { ...process.env, ...options.env, PORT: String(options.port), NEXT_TELEMETRY_DISABLED: "1" };
  for (const [k, v] of Object.entries(options.env)) if (v === undefined) delete env[k];
  delete env.NODE_OPTIONS; // the bench's own --conditions flag must not reach next build/start
  const child = spawn("node_modules/.bin/tsx", ["scripts/start.ts"], { env: env as NodeJS.ProcessEnv, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const url = `http://127.0.0.1:${options.port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const exited = new Promise<void>((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once("exit", () => r())));
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
    const done = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)]);
    if (!done) {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
      await exited;
    }
    // Any straggler left in the group (e.g. next-server) goes too.
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* none left */
    }
  };
  const started = Date.now();
  console.log(`[${options.label}] starting the portal on ${url} (log: ${logFile})…`);
  try {
    await waitForHealth(url, options.timeoutMs ?? 10 * 60_000, child);
  } catch (error) {
    await stop();
    throw new Error(`[${options.label}] ${(error as Error).message}; see ${logFile}`);
  }
  console.log(`[${options.label}] healthy after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { url, port: options.port, logFile, child, stop };
}

/** Runs a command to completion with output to this process's stderr (so stdout stays tables). */
export function runQuietly(command: string, args: string[], env: Record<string, string | undefined>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout!.on("data", (c) => (out += c));
    child.stderr!.on("data", (c) => (out += c));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${out}`))));
  });
}

/** Stops `cleanup` from being skipped on Ctrl-C. */
export function onInterrupt(cleanup: () => Promise<void>): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void cleanup().finally(() => process.exit(130));
    });
  }
}

/** The shared OpenAPI documents (override with BENCH_OPENAPI_DIR). */
export const SHARED_OPENAPI = process.env.BENCH_OPENAPI_DIR || "/work/shared/data/openapi";

/** The real PostgreSQL server fresh benchmark databases are created on. */
export function useTestServer(): void {
  process.env.TEST_DATABASE_URL ||= "postgres://postgres@127.0.0.1:5432/test";
}

/** Runs a benchmark's entry point and exits with its outcome (0, or 1 after printing the error). */
export function runMain(main: () => Promise<unknown>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

// ---------------------------------------------------------------- a portal on a fresh database

/** Which processes are the database: the launcher's (it hosts PGlite) or the server's backends for our database. */
export type DatabaseProcesses = (p: ProcessCpu) => boolean;

export type BenchPortal = { portal: Portal; dataDir: string; databaseUrl: string; env: Record<string, string | undefined>; label: string; isDatabase: DatabaseProcesses; cleanup: () => Promise<void> };

/**
 * Starts the portal with the launcher on a fresh database: a new embedded one (in a temporary
 * HYPERCARE_DATA_DIR, on `embeddedPort`, seeded with demo data) or a new database on the real
 * PostgreSQL server (TEST_DATABASE_URL, SEED_DEMO=1). `cleanup()` stops it and removes both.
 */
export async function startBenchPortal(
  kind: "embedded" | "postgres",
  options: { name: string; port: number; embeddedPort: number; env?: Record<string, string> },
): Promise<BenchPortal> {
  const dataDir = mkdtempSync(join(os.tmpdir(), `hypercare-bench-${options.name}-${kind}-`));
  const common = { ...options.env, HYPERCARE_DATA_DIR: dataDir };
  let databaseUrl: string;
  let env: Record<string, string | undefined>;
  let dispose = async () => undefined as void;
  let isDatabase: DatabaseProcesses;
  if (kind === "embedded") {
    databaseUrl = embeddedDatabaseUrl(options.embeddedPort);
    env = { ...common, EMBEDDED_DB_PORT: String(options.embeddedPort), DATABASE_URL: undefined, SEED_DEMO: undefined };
    // PGlite runs inside the launcher: every process of the portal's group except Next.js.
    isDatabase = (p) => p.pgid === portal.child.pid;
  } else {
    const { provisionTestDatabase } = await import("../lib/test-database");
    const database = await provisionTestDatabase("postgres");
    databaseUrl = database.url;
    dispose = database.dispose;
    env = { ...common, DATABASE_URL: database.url, SEED_DEMO: "1", EMBEDDED_DB_PORT: undefined };
    // The PostgreSQL backends serving our database ("postgres: postgres <db> 127.0.0.1(…) idle").
    const name = new URL(database.url).pathname.slice(1);
    isDatabase = (p) => p.command.startsWith("postgres: ") && p.command.includes(` ${name} `);
  }
  const portal: Portal = await startPortal({ port: options.port, env, label: `${options.name}-${kind}` });
  const cleanup = async () => {
    await portal.stop();
    await dispose();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { portal, dataDir, databaseUrl, env, label: kind === "embedded" ? "embedded PGlite" : "PostgreSQL 15", isDatabase, cleanup };
}

/**
 * Runs `run` and reports the CPU ms that the portal's Next.js server, its database and this
 * process used meanwhile, and the share of all CPUs that other work on the machine took.
 */
export async function withCpuAccounting<T>(portal: Portal, isDatabase: DatabaseProcesses, run: () => Promise<T>) {
  const group = portal.child.pid!;
  const isServer = (p: ProcessCpu) => p.pgid === group && /next/.test(p.command);
  const machine = machineCpuMeter();
  const server = cpuMeter(isServer);
  const database = cpuMeter((p) => !isServer(p) && isDatabase(p));
  const own = process.cpuUsage();
  const result = await run();
  const ownUsage = process.cpuUsage(own);
  const used = { server: server.stop(), database: database.stop(), client: (ownUsage.user + ownUsage.system) / 1000 };
  const { busyMs, totalMs } = machine.stop();
  const otherPct = totalMs > 0 ? Math.max(0, (100 * (busyMs - used.server - used.database - used.client)) / totalMs) : NaN;
  return { result, used, totalMs, otherPct };
}
