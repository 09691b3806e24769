import { posix } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { ImportError } from "./errors";
import type { DocumentSource } from "./source-files";

export type ParsedFile = { path: string; value: unknown; yaml: Document; lines: LineCounter };
export type ParsedSource = { root: string; files: Map<string, ParsedFile>; warnings: string[] };

const REMOTE_REF = /^https?:\/\//i;

function parseFile(path: string, text: string): ParsedFile {
  const lines = new LineCounter();
  const yaml = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: false });
  const error = yaml.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    const problem = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    throw new ImportError(`Not valid YAML or JSON: ${problem}`, { file: path, line });
  }
  // maxAliasCount guards against alias bombs ("billion laughs").
  return { path, value: yaml.toJS({ maxAliasCount: 1000 }), yaml, lines };
}

function isDocumentRoot(value: unknown): boolean {
  return typeof value === "object" && value !== null && ("openapi" in value || "swagger" in value);
}

/** The root document of a folder: the one file with a top-level `openapi`/`swagger` key. */
function pickRoot(source: DocumentSource, parsed: Map<string, ParsedFile>): string {
  if (source.root) return source.root;
  const roots = [...parsed.values()].filter((f) => isDocumentRoot(f.value)).map((f) => f.path);
  if (roots.length === 1) return roots[0]!;
  if (roots.length === 0) throw new ImportError("No file has a top-level `openapi` or `swagger` key", { file: [...parsed.keys()].join(", ") });
  const named = roots.filter((p) => /(^|\/)(openapi|swagger)\.(ya?ml|json)$/i.test(p));
  if (named.length === 1) return named[0]!;
  throw new ImportError(`Several files look like the root document (${roots.join(", ")}); import one of them`, { file: roots[0]! });
}

/** Every `$ref` in a parsed value, with the JSON pointer of the object holding it. */
function* refsIn(value: unknown, pointer = ""): Generator<{ ref: string; pointer: string; holder: Record<string, unknown> }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* refsIn(value[i], `${pointer}/${i}`);
  } else if (value && typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (typeof object.$ref === "string") yield { ref: object.$ref, pointer, holder: object };
    for (const [key, child] of Object.entries(object)) {
      if (key !== "$ref") yield* refsIn(child, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    }
  }
}

/** The 1-based line of a JSON pointer inside a parsed YAML/JSON file, when it can be found. */
export function lineOf(file: ParsedFile, pointer: string): number | undefined {
  const keys = pointer.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node: unknown = file.yaml.contents;
  for (const key of keys) {
    if (isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key)?.value;
    else if (isSeq(node)) node = node.items[Number(key)];
    else return undefined;
  }
  const range = (node as Node | undefined)?.range;
  return range ? file.lines.linePos(range[0]).line : undefined;
}

const SCHEMA_POSITION = /\/(schema|items|properties|additionalProperties|allOf|oneOf|anyOf|not)(\/|$)/;

/**
 * Gives schemas that the root file takes from other files a name after their file (Pet.yaml →
 * Pet) by listing them under definitions / components.schemas, so the bundler puts them there
 * instead of inlining them at their first use.
 */
function nameExternalSchemas(root: ParsedFile): void {
  const doc = root.value as Record<string, unknown>;
  const isSwagger2 = "swagger" in doc;
  const container = isSwagger2 ? ((doc.definitions ??= {}) as Record<string, unknown>) : (((doc.components ??= {}) as Record<string, unknown>).schemas ??= {}) as Record<string, unknown>;
  const names = new Map<string, string>();
  for (const { ref, pointer, holder } of refsIn(doc)) {
    if (ref.startsWith("#") || ref.includes("#") || REMOTE_REF.test(ref) || !SCHEMA_POSITION.test(pointer)) continue;
    let name = names.get(ref);
    if (!name) {
      const base = posix.basename(ref).replace(/\.(ya?ml|json)$/i, "").replace(/[^A-Za-z0-9._-]/g, "_") || "Schema";
      name = base;
      for (let i = 2; name in container; i++) name = `${base}${i}`;
      container[name] = { $ref: ref };
      names.set(ref, name);
    }
    holder.$ref = isSwagger2 ? `#/definitions/${name}` : `#/components/schemas/${name}`;
  }
}

/**
 * Parses the root file and every file it reaches through relative `$ref`s. Remote (http/https)
 * refs are never fetched: each becomes a placeholder and a warning. A ref to a file that was not
 * given is an error naming the file, pointer and line of the ref.
 */
export function parseSource(source: DocumentSource): ParsedSource {
  const parsed = new Map<string, ParsedFile>();
  for (const [path, text] of source.files) parsed.set(path, parseFile(path, text));
  const root = pickRoot(source, parsed);
  const warnings: string[] = [];
  const queue = [root];
  const visited = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (visited.has(path)) continue;
    visited.add(path);
    const file = parsed.get(path)!;
    for (const { ref, pointer, holder } of refsIn(file.value)) {
      if (ref.startsWith("#")) continue;
      if (REMOTE_REF.test(ref)) {
        warnings.push(`Remote reference ${ref} in ${path} at ${pointer} was not followed; it is shown as unresolved.`);
        delete holder.$ref;
        holder["x-unresolved-ref"] = ref;
        holder.description ??= `Defined in a remote document that was not imported: ${ref}`;
        continue;
      }
      const target = posix.normalize(posix.join(posix.dirname(path), ref.split("#")[0]!));
      if (!parsed.has(target)) {
        const text = source.readMore?.(target);
        if (text === undefined) {
          throw new ImportError(`$ref "${ref}" points to ${target}, which is not part of the import`, {
            file: path,
            pointer: `${pointer}/$ref`,
            line: lineOf(file, pointer),
          });
        }
        parsed.set(target, parseFile(target, text));
      }
      queue.push(target);
    }
  }
  for (const path of [...parsed.keys()]) if (!visited.has(path)) parsed.delete(path);
  nameExternalSchemas(parsed.get(root)!);
  return { root, files: parsed, warnings };
}
