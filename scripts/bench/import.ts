/**
 * npm run bench:import
 * Imports Twilio's API document (1.5 MB) and a generated ~10 MB document (2,500 operations)
 * through importApiVersion, each into a fresh embedded (PGlite) database and a fresh database on
 * the real PostgreSQL server (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test).
 *
 * Every import runs in a child process of its own, so its memory figures are the import's alone:
 * rss and heapUsed sampled every 50 ms, plus the kernel's peak RSS (getrusage maxrss), which also
 * catches peaks inside long synchronous steps that the timer cannot sample. For the embedded
 * database the PGlite server lives in this (parent) process; its peak RSS is reported separately.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { cpuMeter, fmt, machineCpuMeter, mb, printMachine, printTable, sampleMemory, SHARED_OPENAPI, useTestServer, waitForQuiet } from "./lib";

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
};

// ---------------------------------------------------------------- worker (one import)

async function worker(file: string, api: string, databaseUrl: string): Promise<void> {
  process.env.DATABASE_URL = databaseUrl;
  const { importApiVersion } = await import("../../lib/catalog/import-version");
  const { readSourceFromPath } = await import("../../lib/catalog/import/source-files");
  const { systemActor } = await import("../../lib/auth/authorize");
  const { db } = await import("../../lib/db");
  await db.$queryRaw`SELECT 1`; // connect before measuring
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
    breakdown: { parse: (t1 - t0) / 1000, validate: (t2 - t1) / 1000, normalize: (t3 - t2) / 1000 },
  };
  console.log(`RESULT ${JSON.stringify(result)}`);
}

function runWorker(file: string, api: string, databaseUrl: string): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", fileURLToPath(import.meta.url), "--worker", file, api, databaseUrl], {
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

// ---------------------------------------------------------------- orchestration

async function main(): Promise<void> {
  useTestServer();
  await printMachine();
  const { provisionTestDatabase } = await import("../lib/test-database");
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
        console.error(`\n[import] ${doc.name} → fresh ${kind} database…`);
        const database = await provisionTestDatabase(kind);
        try {
          await waitForQuiet("import");
          const parentBefore = process.memoryUsage().rss;
          const parentMemory = sampleMemory(50);
          const dbName = new URL(database.url).pathname.slice(1);
          const backends = cpuMeter((p) => p.command.startsWith("postgres: ") && p.command.includes(` ${dbName} `));
          const parentCpu = process.cpuUsage();
          const machine = machineCpuMeter();
          const result = await runWorker(doc.file, doc.api, database.url);
          const { busyMs, totalMs } = machine.stop();
          const parentUsed = process.cpuUsage(parentCpu);
          // Approximate: backends that ended before the end of the run are missed.
          const ours = (parentUsed.user + parentUsed.system) / 1000 + result.totalCpuMs + (kind === "postgres" ? backends.stop() : 0);
          const otherPct = totalMs > 0 ? Math.max(0, (100 * (busyMs - ours)) / totalMs) : NaN;
          const parent = parentMemory.stop();
          const label = kind === "embedded" ? "embedded PGlite" : "PostgreSQL 15";
          rows.push([
            doc.name,
            mb(statSync(doc.file).size, 2),
            result.operations,
            label,
            fmt(result.seconds, 2),
            fmt(result.cpuMs / 1000, 2),
            mb(result.baselineRss, 0),
            mb(result.peakRss, 0),
            mb(result.maxRss, 0),
            mb(result.peakHeap, 0),
            kind === "embedded" ? `${mb(parentBefore, 0)} → ${mb(parent.peakRss, 0)}` : "n/a",
            fmt(otherPct, 0),
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
        } finally {
          await database.dispose();
        }
      }
    }
    printTable(
      ["document", "size MB", "operations", "database", "seconds", "import process CPU s", "RSS before MB", "peak RSS MB (50 ms samples)", "peak RSS MB (kernel)", "peak heapUsed MB", "PGlite server RSS MB (before → peak)", "other work CPU %"],
      rows,
      "Import (importApiVersion, one child process per import)",
    );
    printTable(["document", "database", "parse + validate + normalize s", "read existing s", "write transaction s", "total s", "2nd pass: YAML parse / bundle + validate / normalize s"], phaseRows, "Where the time goes");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--worker") {
  worker(process.argv[3]!, process.argv[4]!, process.argv[5]!).then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
} else {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
