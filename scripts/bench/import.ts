/**
 * npm run bench:import
 * Imports Twilio's API document (1.5 MB) and a generated ~10 MB document (2,500 operations)
 * through importApiVersion, each into a fresh embedded (PGlite) database and a fresh database on
 * the real PostgreSQL server (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test).
 *
 * Every import runs in a child process of its own, so its memory figures are the import's alone:
 * rss and heapUsed sampled every 50 ms, plus the kernel's peak RSS (getrusage maxrss), which also
 * catches peaks inside long synchronous steps that the timer cannot sample. For the embedded
 * database the PGlite server lives in this (parent) process; its RSS and CPU are reported
 * separately, as are the CPU seconds of the real server's backends. The time is split into the
 * import's phases (from its progress messages), and a second, unmeasured pass splits parsing.
 * Each import waits for the machine to be quiet and is repeated (at most 3 times) when other
 * work took more than 15 % of the CPUs meanwhile.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { cpuMeter, fmt, leastDisturbed, machineCpuMeter, mb, printMachine, printTable, sampleMemory, SHARED_OPENAPI, useTestServer, waitForQuiet, runMain } from "./lib";

type WorkerResult = {
  seconds: number;
  operations: number;
  phases: { parseValidate: number; compare: number; write: number };
  /** A second pass, after the measured import over the document: parse (YAML), bundle + validate, normalize. */
  breakdown: { parse: number; validate: number; normalize: number };
  baselineRss: number;
  peakRss: number;
  peakHeap: number;
  maxRss: number;
  /** CPU ms the worker used for the import itself, and in all (start-up and the second pass too). */
  cpuMs: number;
  totalCpuMs: number;
  /** CPU ms of the PostgreSQL server backends serving the import (real server only). */
  backendCpuMs: number;
};

// ---------------------------------------------------------------- worker (one import)

async function worker(file: string, api: string, databaseUrl: string, kind: string): Promise<void> {
  process.env.DATABASE_URL = databaseUrl;
  const { importApiVersion } = await import("../../lib/catalog/import-version");
  const { readSourceFromPath } = await import("../../lib/catalog/import/source-files");
  const { systemActor } = await import("../../lib/auth/authorize");
  const { db } = await import("../../lib/db");
  await db.$queryRaw`SELECT 1`; // connect before measuring
  // Our backends on the real server, read before the pool disconnects (a finished backend leaves /proc).
  const dbName = new URL(databaseUrl).pathname.slice(1);
  const backends = cpuMeter((p) => kind === "postgres" && p.command.startsWith("postgres: ") && p.command.includes(` ${dbName} `));
  const baselineRss = process.memoryUsage().rss;
  const memory = sampleMemory(50);
  const marks: Record<string, number> = {};
  const cpu = process.cpuUsage();
  const started = performance.now();
  const summary = await importApiVersion(systemActor("bench"), { api, version: "bench" }, readSourceFromPath(file), (message) => {
    if (message.startsWith("Valid ")) marks.validated = performance.now();
    if (message.startsWith("Saving ")) marks.saving = performance.now();
  });
  const finished = performance.now();
  const cpuUsed = process.cpuUsage(cpu);
  const backendCpuMs = backends.stop();
  const { peakRss, peakHeap } = memory.stop();
  await db.$disconnect();
  const maxRss = process.resourceUsage().maxRSS * 1024;

  const { parseSource } = await import("../../lib/catalog/import/parse-files");
  const { bundleAndValidate } = await import("../../lib/catalog/import/bundle");
  const { normalizeDocument } = await import("../../lib/catalog/import/normalize");
  const t0 = performance.now();
  const parsed = parseSource(readSourceFromPath(file));
  const t1 = performance.now();
  const { document, format } = await bundleAndValidate(parsed);
  const t2 = performance.now();
  normalizeDocument(document, format, parsed.warnings);
  const t3 = performance.now();

  const result: WorkerResult = {
    seconds: (finished - started) / 1000,
    operations: summary.operations,
    phases: {
      parseValidate: ((marks.validated ?? finished) - started) / 1000,
      compare: ((marks.saving ?? finished) - (marks.validated ?? finished)) / 1000,
      write: (finished - (marks.saving ?? finished)) / 1000,
    },
    baselineRss,
    peakRss,
    peakHeap,
    maxRss,
    cpuMs: (cpuUsed.user + cpuUsed.system) / 1000,
    totalCpuMs: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000,
    backendCpuMs,
    breakdown: { parse: (t1 - t0) / 1000, validate: (t2 - t1) / 1000, normalize: (t3 - t2) / 1000 },
  };
  console.log(`RESULT ${JSON.stringify(result)}`);
}

function runWorker(file: string, api: string, databaseUrl: string, kind: "embedded" | "postgres"): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", fileURLToPath(import.meta.url), "--worker", file, api, databaseUrl, kind], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout!.on("data", (c) => (out += c));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("RESULT "));
      if (code === 0 && line) resolve(JSON.parse(line.slice(7)) as WorkerResult);
      else reject(new Error(`import worker exited with ${code}:\n${out}`));
    });
  });
}

/** One import into a fresh database, with the CPU share other work on the machine took meanwhile. */
async function importOnce(
  kind: "embedded" | "postgres",
  doc: { name: string; file: string; api: string },
): Promise<{ result: WorkerResult; otherPct: number; databaseCpuMs: number; pglite?: { before: number; peak: number } }> {
  const { provisionTestDatabase } = await import("../lib/test-database");
  console.error(`\n[import] ${doc.name} → fresh ${kind} database…`);
  const database = await provisionTestDatabase(kind);
  try {
    await waitForQuiet("import");
    const parentBefore = process.memoryUsage().rss;
    const parentMemory = sampleMemory(50);
    const parentCpu = process.cpuUsage();
    const machine = machineCpuMeter();
    const result = await runWorker(doc.file, doc.api, database.url, kind);
    const { busyMs, totalMs } = machine.stop();
    const parentUsed = process.cpuUsage(parentCpu);
    const parentCpuMs = (parentUsed.user + parentUsed.system) / 1000;
    const backendCpuMs = result.backendCpuMs;
    const ours = parentCpuMs + result.totalCpuMs + backendCpuMs;
    const otherPct = totalMs > 0 ? Math.max(0, (100 * (busyMs - ours)) / totalMs) : NaN;
    const parent = parentMemory.stop();
    // The embedded database runs in this process, which does nothing else meanwhile.
    return { result, otherPct, databaseCpuMs: kind === "embedded" ? parentCpuMs : backendCpuMs, pglite: kind === "embedded" ? { before: parentBefore, peak: parent.peakRss } : undefined };
  } finally {
    await database.dispose();
  }
}

// ---------------------------------------------------------------- orchestration

async function main(): Promise<void> {
  useTestServer();
  await printMachine();
  const tmp = mkdtempSync(join(tmpdir(), "hypercare-bench-import-"));
  try {
    const generatedFile = join(tmp, "generated-2500.yaml");
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./generate-openapi.ts", import.meta.url)), generatedFile], { stdio: ["ignore", "inherit", "inherit"] });
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`generate-openapi exited with ${code}`))));
    });
    const documents = [
      { name: "Twilio API v2010", file: join(SHARED_OPENAPI, "twilio__twilio_api_v2010.yaml"), api: "twilio" },
      { name: "generated (OpenAPI 3.0)", file: generatedFile, api: "generated" },
    ];
    const rows: (string | number)[][] = [];
    const phaseRows: (string | number)[][] = [];
    for (const kind of ["embedded", "postgres"] as const) {
      for (const doc of documents) {
        const label = kind === "embedded" ? "embedded PGlite" : "PostgreSQL 15";
        const r = await leastDisturbed("import", () => importOnce(kind, doc));
        const { result } = r;
        rows.push([
          doc.name,
          mb(statSync(doc.file).size, 2),
          result.operations,
          label,
          fmt(result.seconds, 2),
          fmt(result.cpuMs / 1000, 2),
          fmt(r.databaseCpuMs / 1000, 2),
          mb(result.baselineRss, 0),
          mb(result.peakRss, 0),
          mb(result.maxRss, 0),
          mb(result.peakHeap, 0),
          r.pglite ? `${mb(r.pglite.before, 0)} → ${mb(r.pglite.peak, 0)}` : "n/a",
          `${fmt(r.otherPct, 0)}${r.attempts > 1 ? ` (best of ${r.attempts})` : ""}`,
        ]);
        phaseRows.push([
          doc.name,
          label,
          fmt(result.phases.parseValidate, 2),
          fmt(result.phases.compare, 2),
          fmt(result.phases.write, 2),
          fmt(result.seconds, 2),
          `${fmt(result.breakdown.parse, 2)} / ${fmt(result.breakdown.validate, 2)} / ${fmt(result.breakdown.normalize, 2)}`,
        ]);
        console.error(`[import] ${doc.name} on ${kind}: ${result.seconds.toFixed(2)} s`);
      }
    }
    printTable(
      ["document", "size MB", "operations", "database", "seconds", "import process CPU s", "database CPU s", "RSS before MB", "peak RSS MB (50 ms samples)", "peak RSS MB (kernel)", "peak heapUsed MB", "PGlite server RSS MB (before → peak)", "other work CPU %"],
      rows,
      "Import (importApiVersion, one child process per import)",
    );
    printTable(["document", "database", "parse + validate + normalize s", "read existing s", "write transaction s", "total s", "2nd pass: YAML parse / bundle + validate / normalize s"], phaseRows, "Where the time goes");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--worker") {
  runMain(() => worker(process.argv[3]!, process.argv[4]!, process.argv[5]!, process.argv[6]!));
} else {
  runMain(main);
}
