/**
 * npm run bench:bundle
 * The JavaScript a browser must load for an operation page, gzipped. Starts the portal with the
 * launcher on port 3300 (fresh embedded database with the demo data; it builds first when the
 * sources changed), or uses BENCH_URL=http://127.0.0.1:<port> if one is already running, fetches
 * /docs/petstore/1.0.27/getPetById, and sums the gzipped size of every <script src> in the HTML
 * (read from .next/static, or fetched when not found there). Separately: the "Try it" console,
 * i.e. the chunks that hold swagger-ui (found by content in .next/static/chunks) and the chunks
 * loaded together with them by the dynamic import.
 * Goal (from the issue): initial JavaScript ≤ 200 KB gzipped, the try-it chunk excluded.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { get, kb, onInterrupt, printMachine, printTable, startPortal, type Portal, runMain } from "./lib";

const PAGE = "/docs/petstore/1.0.27/getPetById";
const GOAL_KB = 200;
const CHUNKS_DIR = ".next/static/chunks";
const TRY_IT_MARKERS = ["swagger-ui", "SwaggerUI"];

type Asset = { path: string; raw: number; gzip: number; from: "build" | "server"; noModule?: boolean };

/** "/_next/static/chunks/x.js?dpl=…" → the file under .next/static, or the bytes from the server. */
async function loadAsset(base: string, src: string): Promise<Asset> {
  const path = new URL(src, base).pathname;
  const local = path.startsWith("/_next/static/") ? join(".next", decodeURIComponent(path.slice("/_next/".length))) : null;
  let bytes: Buffer;
  let from: Asset["from"] = "build";
  if (local && existsSync(local)) bytes = readFileSync(local);
  else {
    const res = await get(new URL(src, base).toString());
    if (res.status !== 200) throw new Error(`${src} answered ${res.status}`);
    bytes = res.body;
    from = "server";
  }
  return { path, raw: bytes.length, gzip: gzipSync(bytes).length, from };
}

const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].slice(1).map((m) => [m[1]!.toLowerCase(), m[2] ?? ""]));

/** The chunks holding swagger-ui, plus every chunk listed beside them in a loader's chunk list. */
function tryItChunks(): { js: string[]; css: string[]; loaders: string[] } {
  const files = readdirSync(CHUNKS_DIR).filter((f) => f.endsWith(".js"));
  const marked = files.filter((f) => {
    const text = readFileSync(join(CHUNKS_DIR, f), "utf8");
    return TRY_IT_MARKERS.some((m) => text.includes(m));
  });
  const group = new Set(marked.map((f) => `static/chunks/${f}`));
  const loaders: string[] = [];
  for (const f of files) {
    const text = readFileSync(join(CHUNKS_DIR, f), "utf8");
    // A dynamic import compiles to a list of the chunk files it needs: ["static/chunks/a.js", "static/chunks/b.css", …].
    for (const list of text.matchAll(/\[[^[\]]*?static\/chunks\/[^[\]]*?\]/g)) {
      const members = [...list[0].matchAll(/static\/chunks\/[\w.-]+\.(?:js|css)/g)].map((m) => m[0]);
      if (members.some((m) => group.has(m))) {
        members.forEach((m) => group.add(m));
        loaders.push(f);
      }
    }
  }
  const all = [...group];
  return { js: all.filter((p) => p.endsWith(".js")), css: all.filter((p) => p.endsWith(".css")), loaders: [...new Set(loaders)] };
}

async function main(): Promise<void> {
  await printMachine();
  let portal: Portal | undefined;
  let dataDir: string | undefined;
  let base = process.env.BENCH_URL;
  if (!base) {
    dataDir = mkdtempSync(join(tmpdir(), "hypercare-bench-bundle-"));
    const cleanup = async () => {
      await portal?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    };
    onInterrupt(cleanup);
    portal = await startPortal({ port: 3300, label: "bundle", env: { HYPERCARE_DATA_DIR: dataDir, EMBEDDED_DB_PORT: "54400", DATABASE_URL: undefined } });
    base = portal.url;
  }
  try {
    if (!existsSync(".next/BUILD_ID")) throw new Error("No production build in .next/ (run `npm run build` or let the launcher build).");
    const res = await get(`${base}${PAGE}`);
    if (res.status !== 200) throw new Error(`${PAGE} answered ${res.status}`);
    const html = res.body.toString("utf8");
    const scriptTags = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => attributes(m[0]));
    const srcs = [...new Set(scriptTags.map((a) => a.src).filter((s): s is string => Boolean(s)))];
    // <script nomodule> (Next's polyfills) runs only in browsers without ES modules; modern ones skip the download.
    const noModule = new Set(scriptTags.filter((a) => a.src && "nomodule" in a).map((a) => a.src!));
    const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!);
    const stylesheets = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => attributes(m[0])).filter((a) => a.rel === "stylesheet" && a.href).map((a) => a.href!);

    const scripts = await Promise.all(srcs.map(async (s) => ({ ...(await loadAsset(base!, s)), noModule: noModule.has(s) })));
    const initial = scripts.filter((a) => !a.noModule);
    const legacy = scripts.filter((a) => a.noModule);
    const css = await Promise.all([...new Set(stylesheets)].map((s) => loadAsset(base!, s)));
    const tryIt = tryItChunks();
    const tryItJs = tryIt.js.map((p) => ({ path: `/_next/${p}`, ...sizes(join(".next", p)) }));
    const tryItCss = tryIt.css.map((p) => ({ path: `/_next/${p}`, ...sizes(join(".next", p)) }));
    const leaked = scripts.filter((a) => tryIt.js.some((p) => a.path.endsWith(p)));

    const sum = (list: { raw: number; gzip: number }[]) => list.reduce((t, a) => ({ raw: t.raw + a.raw, gzip: t.gzip + a.gzip }), { raw: 0, gzip: 0 });
    const initialTotal = sum(initial);
    const tryItTotal = sum(tryItJs);

    const legacyTotal = sum(legacy);
    printTable(
      ["initial <script src> of the page", "raw KB", "gzip KB", "read from"],
      [
        ...initial.sort((a, b) => b.gzip - a.gzip).map((a) => [a.path.replace("/_next/static/chunks/", "chunks/"), kb(a.raw), kb(a.gzip), a.from]),
        ["total (modern browsers)", kb(initialTotal.raw), kb(initialTotal.gzip), ""],
        ...legacy.map((a) => [`${a.path.replace("/_next/static/chunks/", "chunks/")} (nomodule: legacy browsers only)`, kb(a.raw), kb(a.gzip), a.from]),
        ...(legacy.length ? [["total with the nomodule scripts", kb(initialTotal.raw + legacyTotal.raw), kb(initialTotal.gzip + legacyTotal.gzip), ""]] : []),
      ],
      `Initial JavaScript of ${PAGE} (${initial.length} files${legacy.length ? ` + ${legacy.length} nomodule` : ""}; gzip = zlib default level)`,
    );
    printTable(
      ["try-it chunk (swagger-ui, loaded on demand)", "raw KB", "gzip KB"],
      [...tryItJs.map((a) => [a.path.replace("/_next/static/chunks/", "chunks/"), kb(a.raw), kb(a.gzip)]), ...tryItCss.map((a) => [`${a.path.replace("/_next/static/chunks/", "chunks/")} (CSS)`, kb(a.raw), kb(a.gzip)])],
      `Try-it console (loader chunk${tryIt.loaders.length === 1 ? "" : "s"}: ${tryIt.loaders.join(", ") || "none found"})`,
    );
    const htmlGzip = gzipSync(res.body).length;
    const inlineBytes = inlineScripts.reduce((t, s) => t + Buffer.byteLength(s), 0);
    const cssTotal = sum(css);
    printTable(
      ["figure", "value", "goal", "result"],
      [
        ["initial JavaScript, gzipped (modern browsers)", `${kb(initialTotal.gzip)} KB`, `≤ ${GOAL_KB} KB`, initialTotal.gzip / 1024 <= GOAL_KB ? "met" : "missed"],
        ...(legacy.length
          ? [
              [
                "… counting the nomodule polyfills too",
                `${kb(initialTotal.gzip + legacyTotal.gzip)} KB`,
                `≤ ${GOAL_KB} KB`,
                (initialTotal.gzip + legacyTotal.gzip) / 1024 <= GOAL_KB ? "met" : "missed",
              ],
            ]
          : []),
        ["try-it JavaScript, gzipped (not in the initial set)", `${kb(tryItTotal.gzip)} KB`, "excluded, reported", leaked.length ? `LEAKED into initial: ${leaked.map((a) => a.path).join(", ")}` : "not loaded initially"],
        ["initial CSS, gzipped", `${kb(cssTotal.gzip)} KB (${css.length} files)`, "", ""],
        ["HTML document, gzipped", `${kb(htmlGzip)} KB (raw ${kb(res.body.length)} KB; ${inlineScripts.length} inline scripts, ${kb(inlineBytes)} KB raw, mostly the RSC payload)`, "", ""],
      ],
      "Summary",
    );
  } finally {
    await portal?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

function sizes(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

runMain(main);
