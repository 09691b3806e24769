/**
 * npm run bench:queue
 *
 * The triage queue at 1,000,000 items, on a fresh database of each kind: the real PostgreSQL
 * server (a new database bench_triage_…, dropped at the end) and embedded PGlite (a temporary
 * data folder, served on 127.0.0.1:54500, deleted at the end). Each gets the demo data
 * (prisma/seed.ts), then 1,000,000 generated items (scripts/bench/generate-triage.ts, timed).
 *
 * Then, in the same run, 60 rounds after 5 warm-up rounds, each round calling one after another:
 * - the app: `listQueue(admin, "status=open&sort=sla")`, the queue's first page as a staff admin;
 * - the app: `listQueue(admin, "priority=high&api=<slug>&sort=newest")` at page 20, reached by
 *   following `nextCursor` (the API is the one with the most items);
 * - the same two results as plain SQL written by hand, sent with a plain pg client: for the first
 *   page the same query shape without the ORM, and the best query the existing indexes allow.
 * Server time is the wall time of one call in this process (lib/db reads DATABASE_URL once, so
 * each database gets a child process of this script). Every plain query is checked to return
 * the same items in the same order as the app. EXPLAIN (ANALYZE, BUFFERS) of each query follows
 * the tables. If lib/triage/classifier/index.ts exists, the shipped classifier's throughput on
 * the generated texts is measured too.
 *
 * Goal (issue 5): p95 < 100 ms and within 2× of plain SQL. BENCH_ITEMS=50000 makes a quick run.
 */
import { randomBytes } from "node:crypto";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { plainClient } from "../../lib/db/connection";
import type { QueueQuery } from "../../lib/triage/queue-query";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/embedded-postgres";
import { bin } from "../lib/processes";
import { describeTriageItems, generateTriageItems, type GenerateResult } from "./generate-triage";
import { cpuMeter, fmt, machineCpuMeter, OTHER_WORK_LIMIT_PCT, onInterrupt, printMachine, printTable, runMain, runQuietly, sampleMemory, summarize, useTestServer, waitForQuiet, type Summary } from "./lib";

const ITEMS = Number(process.env.BENCH_ITEMS || 1_000_000);
const WARMUP = 5;
const RUNS = 60;
const ATTEMPTS = 3;
const EMBEDDED_PORT = 54500;
const DEEP_PAGE = 20;
const GOAL_P95_MS = 100;
const GOAL_RATIO = 2;
/** The brief's bound for generating 1,000,000 items; slower generation is called out. */
const GENERATION_BOUND_S = 15 * 60;
const OPEN_STATUSES = ["new", "triaged", "in_progress", "waiting_on_reporter"];
const PRIORITIES = ["critical", "high", "medium", "low"];

type Kind = "postgres" | "embedded";
const LABELS: Record<Kind, string> = { postgres: "PostgreSQL 15", embedded: "embedded PGlite" };

// ---------------------------------------------------------------- plain SQL, written by hand

/** What a queue row needs from the item: the app's columns, nothing else (no search vector). */
const ITEM_COLUMNS = `"id", "number", "kind", "title", "versionLabel", "operationSlug", "category", "categoryConfidence", "priority",
  "status", "visibility", "labels", "slaStartedAt", "slaDueAt", "pausedAt", "pausedMinutes", "firstResponseAt", "responseBreachedAt",
  "resolutionBreachedAt", "resolvedAt", "affectedCount", "affectedApps", "createdAt", "updatedAt", "hypercareWindowId", "apiId", "assigneeId",
  "teamId", "reportId", "possibleDuplicateId", "possibleDuplicateScore"`;

/** The page's items `t` with the names the queue shows: the same columns listQueue returns. */
const withNames = (page: string, order: string) => `
  SELECT t."id", t."number", t."kind", t."title", t."versionLabel", t."operationSlug", t."category", t."categoryConfidence",
         t."priority", t."status", t."visibility", t."labels", t."slaStartedAt", t."slaDueAt", t."pausedAt", t."pausedMinutes",
         t."firstResponseAt", t."responseBreachedAt", t."resolutionBreachedAt", t."affectedCount", t."affectedApps",
         t."createdAt", t."updatedAt", t."hypercareWindowId" IS NOT NULL AS hypercare,
         t."resolvedAt", hw."factor" AS "hypercareFactor", pd."number" AS possible_duplicate_number, t."possibleDuplicateScore" AS possible_duplicate_score,
         a."slug" AS api_slug, a."name" AS api_name, u."id" AS assignee_id, coalesce(u."name", u."email") AS assignee_name,
         tm."slug" AS team_slug, tm."name" AS team_name, r."number" AS "reportNumber"
  FROM (${page}) t
  LEFT JOIN "Api" a ON a."id" = t."apiId"
  LEFT JOIN "User" u ON u."id" = t."assigneeId"
  LEFT JOIN "Team" tm ON tm."id" = t."teamId"
  LEFT JOIN "IssueReport" r ON r."id" = t."reportId"
  LEFT JOIN "HypercareWindow" hw ON hw."id" = t."hypercareWindowId"
  LEFT JOIN "TriageItem" pd ON pd."id" = t."possibleDuplicateId"
  ORDER BY ${order}`;

const SLA_ORDER = `t."slaDueAt" ASC NULLS LAST, t."number" ASC`;
const NEWEST_ORDER = `t."createdAt" DESC, t."number" DESC`;

type PlainQuery = { text: string; values: unknown[] };

/** First page, open items by SLA: the app's query shape, with the status compared as the enum it is. */
function firstPageSameShape(limit: number): PlainQuery {
  return {
    text: withNames(`SELECT ${ITEM_COLUMNS} FROM "TriageItem" WHERE "status" = ANY($1::"TriageStatus"[]) ORDER BY "slaDueAt" ASC NULLS LAST, "number" ASC LIMIT $2`, SLA_ORDER),
    values: [OPEN_STATUSES, limit],
  };
}

/**
 * First page, open items by SLA, the best way the existing indexes allow: the index
 * (status, priority, slaDueAt) is in SLA order within each status × priority, so take the first
 * `limit` of each (ties by number), plus the first `limit` open items without a running clock by
 * number, and merge. The first `limit` overall are among them.
 */
function firstPageBest(limit: number): PlainQuery {
  const branches = OPEN_STATUSES.flatMap((status) =>
    [...PRIORITIES, null].map(
      (priority) =>
        `(SELECT ${ITEM_COLUMNS} FROM "TriageItem" WHERE "status" = '${status}' AND "priority" ${priority ? `= '${priority}'` : "IS NULL"}
          AND "slaDueAt" IS NOT NULL ORDER BY "slaDueAt", "number" LIMIT $1)`,
    ),
  );
  branches.push(`(SELECT ${ITEM_COLUMNS} FROM "TriageItem" WHERE "status" = ANY($2::"TriageStatus"[]) AND "slaDueAt" IS NULL ORDER BY "number" LIMIT $1)`);
  return {
    text: withNames(`SELECT * FROM (${branches.join("\nUNION ALL ")}) open_items ORDER BY "slaDueAt" ASC NULLS LAST, "number" ASC LIMIT $1`, SLA_ORDER),
    values: [limit, OPEN_STATUSES],
  };
}

/** A later page of one API's high-priority items, newest first: keyset on (createdAt, number) over the index (apiId, createdAt). */
function deepPagePlain(apiSlug: string, after: { createdAt: Date; number: number }, limit: number): PlainQuery {
  return {
    text: withNames(
      `SELECT ${ITEM_COLUMNS} FROM "TriageItem"
       WHERE "apiId" = (SELECT "id" FROM "Api" WHERE "slug" = $1) AND "priority" = 'high'
         AND ("createdAt", "number") < ($2::timestamp(3), $3::int)
       ORDER BY "createdAt" DESC, "number" DESC LIMIT $4`,
      NEWEST_ORDER,
    ),
    // timestamp(3) columns hold UTC: pass the instant as UTC text.
    values: [apiSlug, after.createdAt.toISOString().slice(0, 23), after.number, limit],
  };
}

// ---------------------------------------------------------------- one database (child process)

type QueryResult = { name: string; summary: Summary; sameAsApp: boolean | null; rows: number };
type Plan = { name: string; plan: string };
type Classification = { texts: number; loadMs: number; perSecond: number; meanMs: number };
export type DatabaseResult = {
  kind: Kind;
  seedSeconds: number;
  generation: GenerateResult;
  tableMb: number;
  distribution: Awaited<ReturnType<typeof describeTriageItems>>;
  deepApi: string;
  deepMatching: number;
  statementsPerCall: number;
  queries: QueryResult[];
  otherPct: number;
  attempts: number;
  plans: Plan[];
  classification: Classification | null;
};

/**
 * Records the SQL that pg clients send while `during` runs, to EXPLAIN the app's own query.
 * Installed before lib/db creates its pool; outside `during` it only checks a flag.
 */
function sqlRecorder() {
  const sent: PlainQuery[] = [];
  let recording = false;
  const original = pg.Client.prototype.query;
  function recordingQuery(this: pg.Client, ...args: unknown[]) {
    if (recording) {
      const [first, second] = args;
      if (typeof first === "string") sent.push({ text: first, values: Array.isArray(second) ? second : [] });
      else if (first && typeof first === "object" && "text" in first) {
        const config = first as { text: string; values?: unknown[] };
        sent.push({ text: config.text, values: config.values ?? [] });
      }
    }
    return Reflect.apply(original, this, args);
  }
  Object.defineProperty(pg.Client.prototype, "query", { value: recordingQuery, writable: true, configurable: true });
  return async <T>(run: () => Promise<T>): Promise<{ result: T; sent: PlainQuery[] }> => {
    sent.length = 0;
    recording = true;
    try {
      const result = await run();
      return { result, sent: [...sent] };
    } finally {
      recording = false;
    }
  };
}

let ticksPerSecond: number | undefined;

/**
 * CPU ms of the PostgreSQL server's exited children (the postmaster's cutime + cstime): the
 * parallel workers of our queries live too briefly for cpuMeter, which sees only processes alive
 * at both ends. Other short connections to the same server count here too, so on a server that
 * others use, this errs towards calling their work ours.
 */
function reapedServerChildrenCpuMs(postmasterPid: number): number {
  ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  try {
    const stat = readFileSync(`/proc/${postmasterPid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond;
  } catch {
    return 0; // no /proc, or the server is not on this machine
  }
}

/** The postmaster's pid: the parent process of our backend (0 if the server is not on this machine). */
async function postmasterPid(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`);
  try {
    const stat = readFileSync(`/proc/${rows[0]!.pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return 0;
  }
}

async function explain(client: pg.Client, query: PlainQuery): Promise<string> {
  const { rows } = await client.query<{ "QUERY PLAN": string }>({ text: `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query.text}`, values: query.values });
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

async function classificationThroughput(texts: string[]): Promise<Classification | null> {
  const file = "lib/triage/classifier/index.ts";
  if (!existsSync(file)) return null;
  const classifierModule: { shippedClassifier: () => Promise<{ classify(text: string): unknown }> | { classify(text: string): unknown } } = await import(`../../${file}`);
  const loadStarted = performance.now();
  const classifier = await classifierModule.shippedClassifier();
  const loadMs = performance.now() - loadStarted;
  for (const text of texts.slice(0, 100)) classifier.classify(text); // warm-up
  let classified = 0;
  const started = performance.now();
  // At least every text once and at least 3 s.
  while (classified < texts.length || performance.now() - started < 3000) classifier.classify(texts[classified++ % texts.length]!);
  const ms = performance.now() - started;
  return { texts: classified, loadMs, perSecond: (classified * 1000) / ms, meanMs: ms / classified };
}

async function benchDatabase(kind: Kind, databaseUrl: string): Promise<DatabaseResult> {
  const during = sqlRecorder();
  // lib/db reads DATABASE_URL once, on first import.
  process.env.DATABASE_URL = databaseUrl;
  const { seedDemoData } = await import("../../prisma/seed");
  const { listQueue } = await import("../../lib/triage/queue");
  const { queueQueryInput, queueQuerySchema } = await import("../../lib/triage/queue-query");
  const { db } = await import("../../lib/db");

  const seedStarted = performance.now();
  await seedDemoData();
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const now = new Date();
  console.error(`[queue] ${kind}: generating ${ITEMS.toLocaleString("en")} items…`);
  const generation = await generateTriageItems(databaseUrl, {
    items: ITEMS,
    now,
    onProgress: (done, total, ms) => {
      if (done % 200_000 === 0 || done === total) console.error(`[queue] ${kind}: ${done.toLocaleString("en")} / ${total.toLocaleString("en")} after ${(ms / 1000).toFixed(0)} s`);
    },
  });
  const distribution = await describeTriageItems(databaseUrl, now);

  const sql = plainClient(databaseUrl);
  await sql.connect();
  try {
    const { rows: sizes } = await sql.query<{ mb: number }>(`SELECT pg_total_relation_size('"TriageItem"') / 1048576.0 AS mb`);
    const { rows: busiest } = await sql.query<{ slug: string; high: number }>(
      `SELECT a."slug", count(*) FILTER (WHERE t."priority" = 'high')::int AS high FROM "TriageItem" t JOIN "Api" a ON a."id" = t."apiId" GROUP BY a."slug" ORDER BY count(*) DESC LIMIT 1`,
    );
    const deepApi = busiest[0]!.slug;
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" }, select: { id: true, email: true, name: true, role: true } });
    const parse = (address: string): QueueQuery => queueQuerySchema.parse(queueQueryInput(new URLSearchParams(address)));
    const firstQuery = parse("status=open&sort=sla");
    const deepBase = parse(`priority=high&api=${encodeURIComponent(deepApi)}&sort=newest`);

    // Page 20: follow the cursor through pages 1–19; the last item of page 19 is the plain keyset.
    let cursor: string | null = null;
    let lastOfPrevious: { createdAt: Date; number: number } | undefined;
    for (let page = 1; page < DEEP_PAGE; page++) {
      const result = await listQueue(admin, { ...deepBase, after: cursor ?? undefined }, now);
      if (!result.nextCursor) throw new Error(`Only ${page} pages of ${deepApi}'s high-priority items; page ${DEEP_PAGE} needs more items.`);
      cursor = result.nextCursor;
      lastOfPrevious = result.items.at(-1)!;
    }
    const deepQuery: QueueQuery = { ...deepBase, after: cursor! };
    const limit = firstQuery.limit + 1; // listQueue reads one row more to know whether a next page exists

    const plainFirstSame = firstPageSameShape(limit);
    const plainFirstBest = firstPageBest(limit);
    const plainDeep = deepPagePlain(deepApi, lastOfPrevious!, limit);
    const appFirst = () => listQueue(admin, firstQuery, now);
    const appDeep = () => listQueue(admin, deepQuery, now);
    const plain = (q: PlainQuery) => () => sql.query(q);

    const recordedFirst = await during(appFirst);
    const recordedDeep = await during(appDeep);
    const appIds = { first: recordedFirst.result.items.map((i) => i.id), deep: recordedDeep.result.items.map((i) => i.id) };
    const same = async (q: PlainQuery, ids: string[]) => {
      const { rows } = await sql.query<{ id: string }>(q);
      return rows.slice(0, ids.length).map((r) => r.id).join() === ids.join() && rows.length >= ids.length;
    };
    const cases = [
      { name: "first page: app (listQueue)", run: appFirst, sameAsApp: null as boolean | null },
      { name: "first page: plain SQL, same shape", run: plain(plainFirstSame), sameAsApp: await same(plainFirstSame, appIds.first) },
      { name: "first page: plain SQL, best", run: plain(plainFirstBest), sameAsApp: await same(plainFirstBest, appIds.first) },
      { name: `page ${DEEP_PAGE}: app (listQueue)`, run: appDeep, sameAsApp: null as boolean | null },
      { name: `page ${DEEP_PAGE}: plain SQL`, run: plain(plainDeep), sameAsApp: await same(plainDeep, appIds.deep) },
    ];
    const { rows: matching } = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "TriageItem" WHERE "priority" = 'high' AND "apiId" = (SELECT "id" FROM "Api" WHERE "slug" = $1)`,
      [deepApi],
    );

    // Measure; again (at most ATTEMPTS times) while other work took more than the limit of the CPUs.
    const dbName = new URL(databaseUrl).pathname.slice(1);
    const isDatabase = kind === "embedded" ? (p: { pid: number }) => p.pid === process.ppid : (p: { command: string }) => p.command.startsWith("postgres: ") && p.command.includes(` ${dbName} `);
    const postmaster = kind === "postgres" ? await postmasterPid(sql) : 0;
    let best: { samples: number[][]; otherPct: number } | undefined;
    let attempts = 0;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      attempts = attempt;
      await waitForQuiet("queue");
      const database = cpuMeter(isDatabase);
      const reapedBefore = postmaster ? reapedServerChildrenCpuMs(postmaster) : 0;
      const machine = machineCpuMeter();
      const own = process.cpuUsage();
      for (let i = 0; i < WARMUP; i++) for (const c of cases) await c.run();
      const samples: number[][] = cases.map(() => []);
      for (let i = 0; i < RUNS; i++) {
        for (const [j, c] of cases.entries()) {
          const started = performance.now();
          await c.run();
          samples[j]!.push(performance.now() - started);
        }
      }
      const ownUsage = process.cpuUsage(own);
      const { busyMs, totalMs } = machine.stop();
      const databaseMs = database.stop() + (postmaster ? reapedServerChildrenCpuMs(postmaster) - reapedBefore : 0);
      const otherPct = totalMs > 0 ? Math.max(0, (100 * (busyMs - (ownUsage.user + ownUsage.system) / 1000 - databaseMs)) / totalMs) : NaN;
      if (!best || otherPct < best.otherPct) best = { samples, otherPct };
      if (otherPct <= OTHER_WORK_LIMIT_PCT) break;
      console.error(`[queue] ${kind}: other work used ${otherPct.toFixed(0)} % of the CPUs during the run; measuring again…`);
    }

    const plans: Plan[] = [
      { name: "first page: app (listQueue)", plan: await explain(sql, recordedFirst.sent.at(-1)!) },
      { name: "first page: plain SQL, same shape", plan: await explain(sql, plainFirstSame) },
      { name: "first page: plain SQL, best", plan: await explain(sql, plainFirstBest) },
      { name: `page ${DEEP_PAGE}: app (listQueue)`, plan: await explain(sql, recordedDeep.sent.at(-1)!) },
      { name: `page ${DEEP_PAGE}: plain SQL`, plan: await explain(sql, plainDeep) },
    ];

    let classification: Classification | null = null;
    if (kind === "postgres") {
      const { rows } = await sql.query<{ text: string }>(`SELECT "title" || '. ' || "body" AS text FROM "TriageItem" WHERE "number" % 250 = 0 ORDER BY "number" LIMIT 4000`);
      classification = await classificationThroughput(rows.map((r) => r.text));
    }
    await db.$disconnect();
    return {
      kind,
      seedSeconds,
      generation,
      tableMb: Number(sizes[0]!.mb),
      distribution,
      deepApi,
      deepMatching: matching[0]!.n,
      statementsPerCall: Math.max(recordedFirst.sent.length, recordedDeep.sent.length),
      queries: cases.map((c, j) => ({ name: c.name, summary: summarize(best!.samples[j]!), sameAsApp: c.sameAsApp, rows: j < 3 ? appIds.first.length : appIds.deep.length })),
      otherPct: best!.otherPct,
      attempts,
      plans,
      classification,
    };
  } finally {
    await sql.end();
  }
}

// ---------------------------------------------------------------- databases (parent process)

/** `prisma migrate deploy` with its output kept off stdout, which carries the tables. */
const migrate = (databaseUrl: string) => runQuietly(bin("prisma"), ["migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl });

type BenchDatabase = { url: string; stop: () => Promise<void> };

/** A new database on the real server (TEST_DATABASE_URL's server), migrated; `stop` drops it. */
async function createServerDatabase(): Promise<BenchDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL!;
  const name = `bench_triage_${Date.now().toString(36)}_${randomBytes(2).toString("hex")}`;
  const admin = plainClient(serverUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  const stop = async () => {
    if (dropped) return;
    dropped = true;
    const client = plainClient(serverUrl);
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
  try {
    await migrate(url.toString());
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: url.toString(), stop };
}

/** A new embedded database in a temporary folder, served by this process on EMBEDDED_PORT; `stop` deletes it. */
async function createEmbeddedDatabase(): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(os.tmpdir(), "hypercare-bench-queue-embedded-"));
  let server: EmbeddedPostgres;
  try {
    server = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORT });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await migrate(server.url);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: server.url, stop };
}

/** Runs `queue.ts --one <kind> <url>` and reads its RESULT line; the embedded database keeps being served from here meanwhile. */
function runChild(kind: Kind, url: string): Promise<DatabaseResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", fileURLToPath(import.meta.url), "--one", kind, url], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout!.on("data", (c) => (out += c));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("RESULT "));
      if (code !== 0 || !line) return reject(new Error(`queue benchmark on ${kind} exited with ${code}:\n${out}`));
      resolve(JSON.parse(line.slice(7)) as DatabaseResult);
    });
  });
}

async function benchKind(kind: Kind): Promise<DatabaseResult & { hostPeakRssMb: number | null; wallSeconds: number }> {
  console.error(`[queue] ${kind}: creating a fresh database…`);
  const database = kind === "embedded" ? await createEmbeddedDatabase() : await createServerDatabase();
  onInterrupt(database.stop);
  const started = performance.now();
  const memory = sampleMemory(1000);
  try {
    const result = await runChild(kind, database.url);
    return { ...result, hostPeakRssMb: kind === "embedded" ? memory.stop().peakRss / 1048576 : null, wallSeconds: (performance.now() - started) / 1000 };
  } finally {
    memory.stop();
    await database.stop();
  }
}

// ---------------------------------------------------------------- report

const share = (n: number, total: number) => `${((100 * n) / total).toFixed(1)} %`;

function printResults(results: Awaited<ReturnType<typeof benchKind>>[]): void {
  printTable(
    ["database", "items", "generation s", "rows/s", "VACUUM (ANALYZE) s", "seed s", "table + indexes MB", "PGlite host peak RSS MB", `under ${GENERATION_BOUND_S / 60} min for 1M?`],
    results.map((r) => [
      LABELS[r.kind],
      r.generation.items.toLocaleString("en"),
      fmt(r.generation.insertSeconds),
      Math.round(r.generation.rowsPerSecond).toLocaleString("en"),
      fmt(r.generation.vacuumAnalyzeSeconds),
      fmt(r.seedSeconds),
      fmt(r.tableMb, 0),
      r.hostPeakRssMb === null ? "n/a" : fmt(r.hostPeakRssMb, 0),
      ((r.generation.insertSeconds + r.generation.vacuumAnalyzeSeconds) * 1_000_000) / r.generation.items <= GENERATION_BOUND_S ? "yes" : "no",
    ]),
    "Generation (INSERT … SELECT … FROM generate_series, batches of 50,000, then VACUUM (ANALYZE))",
  );

  const rows: (string | number)[][] = [];
  for (const r of results) {
    const app = (prefix: string) => r.queries.find((q) => q.name.startsWith(prefix) && q.name.includes("app"))!;
    for (const q of r.queries) {
      const reference = q.name.includes("app") ? undefined : app(q.name.split(":")[0]!);
      rows.push([
        LABELS[r.kind],
        q.name,
        q.summary.count,
        fmt(q.summary.p50),
        fmt(q.summary.p95),
        fmt(q.summary.p99),
        fmt(q.summary.max),
        q.sameAsApp === null ? "" : q.sameAsApp ? "yes" : "**no**",
        reference ? `${fmt(reference.summary.p50 / q.summary.p50, 2)} / ${fmt(reference.summary.p95 / q.summary.p95, 2)}` : "",
        `${fmt(r.otherPct, 0)}${r.attempts > 1 ? ` (best of ${r.attempts})` : ""}`,
      ]);
    }
  }
  printTable(
    ["database", "query", "runs", "p50 ms", "p95 ms", "p99 ms", "max ms", "same items as app", "app ÷ this (p50 / p95)", "other work CPU %"],
    rows,
    `Server time per call (${RUNS} rounds after ${WARMUP} warm-up rounds; the queries of a round run one after another)`,
  );

  printTable(
    ["database", "query", `p95 < ${GOAL_P95_MS} ms`, `p95 within ${GOAL_RATIO}× of best plain SQL`, "goal"],
    results.flatMap((r) =>
      ["first page", `page ${DEEP_PAGE}`].map((prefix) => {
        const ofPrefix = r.queries.filter((q) => q.name.startsWith(prefix));
        const app = ofPrefix.find((q) => q.name.includes("app"))!;
        const bestPlain = Math.min(...ofPrefix.filter((q) => !q.name.includes("app")).map((q) => q.summary.p95));
        const fast = app.summary.p95 < GOAL_P95_MS;
        const close = app.summary.p95 <= GOAL_RATIO * bestPlain;
        return [LABELS[r.kind], prefix, `${fast ? "met" : "missed"} (${fmt(app.summary.p95)} ms)`, `${close ? "met" : "missed"} (${fmt(app.summary.p95 / bestPlain, 1)}×)`, fast && close ? "**met**" : "**missed**"];
      }),
    ),
    "Goal: p95 < 100 ms and within 2× of plain SQL",
  );

  for (const r of results) {
    const d = r.distribution;
    console.log(`\n${LABELS[r.kind]}: ${d.total.toLocaleString("en")} items, ${d.open.toLocaleString("en")} open (${d.breachedOpen.toLocaleString("en")} breached), ${d.hypercare.toLocaleString("en")} in the hypercare window, ${d.withAffected.toLocaleString("en")} with "affects me too"; page ${DEEP_PAGE} of the ${r.deepMatching.toLocaleString("en")} high-priority items of API "${r.deepApi}"; SQL statements per listQueue call: ${r.statementsPerCall}.`);
    for (const [column, counts] of Object.entries(d.shares)) console.log(`  ${column}: ${counts.map(([v, n]) => `${v} ${share(n, d.total)}`).join(", ")}`);
  }

  const classification = results.find((r) => r.classification)?.classification;
  if (classification) {
    console.log(
      `\nClassification (shippedClassifier().classify(title + text), one thread): ${Math.round(classification.perSecond).toLocaleString("en")} items/s ` +
        `(mean ${fmt(classification.meanMs, 3)} ms over ${classification.texts.toLocaleString("en")} texts; ` +
        (classification.loadMs < 1 ? "the demo seed's intake had loaded the model already)." : `loading the model took ${fmt(classification.loadMs, 0)} ms).`),
    );
  } else {
    console.log("\nClassification: lib/triage/classifier/index.ts does not exist; skipped.");
  }

  for (const r of results) {
    console.log(`\n### EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) on ${LABELS[r.kind]}`);
    for (const p of r.plans) console.log(`\n${p.name}\n\n\`\`\`\n${p.plan}\n\`\`\``);
  }
}

async function main(): Promise<void> {
  useTestServer();
  await printMachine();
  console.log(`items              ${ITEMS.toLocaleString("en")}`);
  const results = [await benchKind("postgres"), await benchKind("embedded")];
  printResults(results);
}

if (process.argv[2] === "--one") {
  const kind: Kind = process.argv[3] === "embedded" ? "embedded" : "postgres";
  runMain(async () => {
    const result = await benchDatabase(kind, process.argv[4]!);
    console.log(`RESULT ${JSON.stringify(result)}`);
  });
} else {
  runMain(main);
}
