/**
 * npm run bench:intake
 * Intake throughput of POST /api/v1/reports (signed in, validated, idempotent), 50 concurrent
 * keep-alive clients for 60 s (after a 5 s warm-up), on a fresh embedded database and on a fresh
 * database of the real PostgreSQL server, each next to two references measured in the same run:
 *   - the framework's ceiling: POST /api/bench/empty, a route of the same app that parses the JSON
 *     body and answers 201 (enabled by BENCH_ROUTES=1 for this run only);
 *   - the database's ceiling: pgbench running single-row INSERTs for 60 s (50 connections on
 *     PostgreSQL; 1 on the embedded database, which serves one connection at a time, like the app).
 * Every request has its own Idempotency-Key, so each 201 is a new report; afterwards the id of every
 * 201 answer must be in the database (a few more reports may be stored: requests in flight when the
 * load stops). The reports come from REPORTERS developer accounts in turn (a launch day's many
 * developers), each under the default allowance of 30 reports an hour, which is checked as in
 * production: one account filing every report would need the allowance lifted and would measure a
 * count of its own reports no real account reaches. The load generator is autocannon, in this
 * process, on the same 2 CPUs as the server.
 * Goal (from the issue): intake >= 50 % of the empty handler's rate, 0 errors, every acknowledged
 * report stored.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { plainClient } from "../../lib/db/connection";
import {
  fmt,
  leastDisturbed,
  onInterrupt,
  printMachine,
  printTable,
  runMain,
  runQuietly,
  startBenchPortal,
  useTestServer,
  waitForQuiet,
  withCpuAccounting,
  type DatabaseProcesses,
  type Portal,
} from "./lib";

const PORT = 3300;
const EMBEDDED_DB_PORT = 54400;
const CLIENTS = 50;
const WARMUP_S = 5;
/** 60 s for the record; BENCH_INTAKE_SECONDS shortens a trial run. */
const MEASURE_S = Number(process.env.BENCH_INTAKE_SECONDS) || 60;
const REPORTERS = 4_000;
const REPORTER_DOMAIN = "bench-intake.example.com";

const REPORT = {
  title: "getPetById answers 500 for large ids",
  description: "Calling `GET /pet/3000000000` answers **500** instead of 404.\n\nSeen from our checkout service since Monday.",
  api: "petstore",
  version: "1.0.27",
  operation: "getPetById",
  impact: "degraded",
  visibility: "private",
  requestId: "req_7f3a9",
  environment: "Node 20, fetch",
};

type Rate = { rps: number; p50: number; p95: number; p99: number; ok: number; errors: number; otherPct: number; serverCpuPct: number };
/** stored: reports of the run in the database; missing: acknowledged ids (201) not among them. */
type Row = { database: string; empty: Rate; intake: Rate; stored: number; missing: number; pgbench: { tps: number; clients: number } };

/**
 * `CLIENTS` keep-alive clients POSTing JSON to `path` for `seconds`; 201 counts as success. The ids
 * of the 201 answers go to `acknowledged` when given.
 */
async function post(portal: Portal, path: string, cookies: string[], seconds: number, acknowledged?: string[]): Promise<Omit<Rate, "otherPct" | "serverCpuPct">> {
  const body = JSON.stringify(REPORT);
  let next = 0;
  const result = await autocannon({
    url: `${portal.url}${path}`,
    connections: CLIENTS,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        // The next reporter, and a fresh key per request: each one is a new report, not a replay.
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, cookie: cookies[next++ % cookies.length]!, "idempotency-key": randomUUID() } }),
        ...(acknowledged && { onResponse: (status: number, body: string) => void (status === 201 && acknowledged.push((JSON.parse(body) as { id: string }).id)) }),
      },
    ],
  });
  const ok = result.statusCodeStats?.["201"]?.count ?? 0;
  return {
    rps: ok / seconds,
    p50: result.latency.p50,
    p95: result.latency.p97_5 ?? result.latency.p99,
    p99: result.latency.p99,
    ok,
    errors: result.errors + result.timeouts + (result.non2xx ?? 0),
  };
}

/** A measured run, with the CPU other work used meanwhile and the server's share of both CPUs. */
async function measured(portal: Portal, isDatabase: DatabaseProcesses, run: () => Promise<Omit<Rate, "otherPct" | "serverCpuPct">>): Promise<Rate> {
  await waitForQuiet("intake");
  const { result, used, totalMs, otherPct } = await withCpuAccounting(portal, isDatabase, run);
  return { ...result, otherPct, serverCpuPct: totalMs > 0 ? (100 * used.server) / totalMs : NaN };
}

/** The run's reports in the database, and how many acknowledged ids are not among them. */
async function checkStored(databaseUrl: string, since: Date, acknowledged: string[]): Promise<{ stored: number; missing: number }> {
  const client = plainClient(databaseUrl);
  await client.connect();
  try {
    const { rows } = await client.query<{ stored: number; found: number }>(
      `SELECT count(*)::int AS stored, count(*) FILTER (WHERE r.id = ANY($3::text[]))::int AS found
       FROM "IssueReport" r JOIN "User" u ON u.id = r."reporterId" WHERE u.email LIKE $1 AND r."createdAt" >= $2`,
      [`%@${REPORTER_DOMAIN}`, since, acknowledged],
    );
    return { stored: rows[0]!.stored, missing: new Set(acknowledged).size - rows[0]!.found };
  } finally {
    await client.end();
  }
}

/**
 * REPORTERS developer accounts, and a session cookie for each, signed with the portal's secret as
 * a sign-in would make it (signing in 4,000 times would spend minutes hashing passwords).
 */
async function createReporters(databaseUrl: string, dataDir: string): Promise<string[]> {
  const client = plainClient(databaseUrl);
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "User" ("id", "email", "name", "role", "updatedAt")
       SELECT 'bench_reporter_' || n, 'reporter' || n || '@${REPORTER_DOMAIN}', 'Bench reporter ' || n, 'developer', now()
       FROM generate_series(1, $1::int) n RETURNING "id"`,
      [REPORTERS],
    );
    const secret = readFileSync(join(dataDir, "auth-secret"), "utf8").trim();
    return await Promise.all(rows.map(async ({ id }) => `next-auth.session-token=${await encode({ token: { sub: id }, secret })}`));
  } finally {
    await client.end();
  }
}

/** pgbench's single-row INSERT rate on the same database, in transactions (= rows) per second. */
async function pgbenchInserts(databaseUrl: string, clients: number): Promise<number> {
  const client = plainClient(databaseUrl);
  await client.connect();
  await client.query(`CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, title text NOT NULL, body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
  await client.end();
  const dir = mkdtempSync(join(tmpdir(), "hypercare-pgbench-"));
  const script = join(dir, "insert.sql");
  writeFileSync(script, `INSERT INTO bench_insert (title, body) VALUES ('${REPORT.title}', '${REPORT.description.replace(/'/g, "''")}');\n`);
  try {
    const url = new URL(databaseUrl);
    url.search = ""; // libpq does not know Prisma's connection_limit
    await waitForQuiet("intake");
    const out = await runQuietly("pgbench", ["-n", "-c", String(clients), "-j", String(Math.min(clients, 2)), "-T", String(MEASURE_S), "-f", script, url.toString()], process.env);
    const tps = out.match(/tps = ([\d.]+)/);
    if (!tps) throw new Error(`pgbench printed no tps:\n${out}`);
    return Number(tps[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchDatabase(kind: "embedded" | "postgres", rows: Row[], cleanups: (() => Promise<void>)[]): Promise<void> {
  const { portal, dataDir, databaseUrl, label, isDatabase, cleanup } = await startBenchPortal(kind, {
    name: "intake",
    port: PORT,
    embeddedPort: EMBEDDED_DB_PORT,
    env: { BENCH_ROUTES: "1" },
  });
  cleanups.push(cleanup);
  try {
    const cookies = await createReporters(databaseUrl, dataDir);
    console.error(`[intake] ${label}: warming up…`);
    await post(portal, "/api/bench/empty", cookies, WARMUP_S);
    await post(portal, "/api/v1/reports", cookies, WARMUP_S);
    console.error(`[intake] ${label}: empty handler, ${MEASURE_S} s…`);
    const empty = await leastDisturbed("intake", () => measured(portal, isDatabase, () => post(portal, "/api/bench/empty", cookies, MEASURE_S)));
    console.error(`[intake] ${label}: POST /api/v1/reports, ${MEASURE_S} s…`);
    // One attempt only: a repeat would count the first attempt's reports too. Other work is reported.
    const since = new Date();
    const acknowledged: string[] = [];
    const intake = await measured(portal, isDatabase, () => post(portal, "/api/v1/reports", cookies, MEASURE_S, acknowledged));
    const { stored, missing } = await checkStored(databaseUrl, since, acknowledged);
    await portal.stop(); // pgbench measures the database alone (the embedded one runs inside the launcher: restart it bare)
    let pgbenchClients = CLIENTS;
    let tps: number;
    if (kind === "embedded") {
      pgbenchClients = 1;
      const { startEmbeddedPostgres } = await import("../lib/embedded-postgres");
      const server = await startEmbeddedPostgres({ dataDir: join(dataDir, "pglite"), port: EMBEDDED_DB_PORT });
      try {
        tps = await pgbenchInserts(databaseUrl, pgbenchClients);
      } finally {
        await server.stop();
      }
    } else {
      tps = await pgbenchInserts(databaseUrl, pgbenchClients);
    }
    console.error(`[intake] ${label}: empty ${fmt(empty.rps)}/s, intake ${fmt(intake.rps)}/s (${intake.ok} acknowledged, ${stored} stored, ${missing} acknowledged missing, ${intake.errors} errors), pgbench ${fmt(tps)}/s`);
    rows.push({ database: label, empty, intake, stored, missing, pgbench: { tps, clients: pgbenchClients } });
  } finally {
    cleanups.splice(cleanups.indexOf(cleanup), 1);
    await cleanup();
  }
}

/** Both databases for the record; BENCH_INTAKE_DATABASES=postgres (or embedded) runs one. */
function databasesToRun(): ("embedded" | "postgres")[] {
  const only = process.env.BENCH_INTAKE_DATABASES;
  return only === "embedded" || only === "postgres" ? [only] : ["embedded", "postgres"];
}

async function main(): Promise<void> {
  useTestServer();
  await printMachine();
  const rows: Row[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  onInterrupt(async () => {
    for (const c of cleanups) await c();
  });
  for (const kind of databasesToRun()) await benchDatabase(kind, rows, cleanups);

  printTable(
    ["database", "empty handler req/s", "intake req/s", "intake / empty", "intake p50 ms", "intake p97.5 ms", "intake p99 ms", "errors", "acknowledged (201)", "stored", "acknowledged missing", "pgbench INSERT/s (connections)", "goal met?", "other work CPU % (empty / intake)"],
    rows.map((r) => {
      const share = r.intake.rps / r.empty.rps;
      const met = share >= 0.5 && r.intake.errors === 0 && r.missing === 0 && r.intake.ok > 0;
      return [
        r.database,
        fmt(r.empty.rps, 0),
        fmt(r.intake.rps, 0),
        `${fmt(100 * share, 0)} %`,
        fmt(r.intake.p50),
        fmt(r.intake.p95),
        fmt(r.intake.p99),
        r.intake.errors,
        r.intake.ok,
        r.stored,
        r.missing,
        `${fmt(r.pgbench.tps, 0)} (${r.pgbench.clients})`,
        met ? "met" : "missed",
        `${fmt(r.empty.otherPct, 0)} / ${fmt(r.intake.otherPct, 0)}`,
      ];
    }),
    `Intake, ${CLIENTS} concurrent clients, ${MEASURE_S} s each (autocannon; 201 = acknowledged)`,
  );
}

runMain(main);
