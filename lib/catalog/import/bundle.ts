import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { bundle, validate } from "@readme/openapi-parser";
import { convertObj } from "swagger2openapi";
import type { OpenAPIV2 } from "openapi-types";
import { ImportError } from "./errors";
import { lineOf, type ParsedSource } from "./parse-files";

export type OpenApi3 = Record<string, unknown> & { openapi: string };

/**
 * Joins the parsed files into one document with internal refs only, using the maintained
 * parser's bundler on a private temporary copy (only the files parseSource admitted, with
 * remote refs already removed, so nothing outside the import is read or fetched).
 */
async function bundleFiles(source: ParsedSource): Promise<Record<string, unknown>> {
  if (source.files.size === 1) return structuredClone(source.files.get(source.root)!.value) as Record<string, unknown>;
  const depth = Math.max(0, ...[...source.files.keys()].map((p) => p.match(/^(\.\.\/)+/)?.[0].length ?? 0)) / 3;
  const tmp = mkdtempSync(join(tmpdir(), "hypercare-import-"));
  const base = join(tmp, ...Array.from({ length: depth }, (_, i) => `d${i}`));
  try {
    for (const [path, file] of source.files) {
      const target = join(base, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, JSON.stringify(file.value));
    }
    return (await bundle(join(base, source.root), { resolve: { external: true, file: true } })) as unknown as Record<string, unknown>;
  } catch (error) {
    throw new ImportError(`Could not resolve the document's references: ${(error as Error).message.split("\n")[0]}`, { file: source.root });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The JSON pointer of the value starting on each line of JSON.stringify(value, null, 2). */
function pointersByLine(value: unknown): string[] {
  const lines: string[] = [];
  const visit = (v: unknown, pointer: string) => {
    const entries: [string, unknown][] = Array.isArray(v)
      ? v.map((x, i) => [String(i), x])
      : v && typeof v === "object"
        ? Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined)
        : [];
    lines.push(pointer);
    if (entries.length === 0) return;
    for (const [key, child] of entries) visit(child, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    lines.push(pointer);
  };
  visit(value, "");
  return lines;
}

/**
 * The JSON pointer of the line the validator's code frame marks. The frame numbers lines of the
 * document it validated (sometimes the dereferenced one), so the marked line's text is looked up
 * in the bundled document, and only an unambiguous match is trusted.
 */
function pointerOfFrame(frame: string[], document: unknown): string | undefined {
  const marked = frame.find((l) => l.startsWith(">"))?.match(/^>\s*(\d+)\s*\|\s?(.*)$/);
  if (!marked) return undefined;
  const [, number, text] = marked;
  const lines = JSON.stringify(document, null, 2).split("\n");
  const pointers = pointersByLine(document);
  if (lines[Number(number) - 1] === text) return pointers[Number(number) - 1];
  const matches = lines.flatMap((l, i) => (l === text ? [i] : []));
  return matches.length === 1 ? pointers[matches[0]!] : undefined;
}

/** Turns the validator's code-frame message into "problem (file, line, pointer)". */
function validationError(message: string, more: number, document: unknown, source: ParsedSource): ImportError {
  const [headline = "Invalid document", ...frame] = message.split("\n");
  const problem = headline.trim().replace(/^[A-Z][A-Z ]+ (?=[a-z])/, "");
  const pointer = pointerOfFrame(frame, document);
  const root = source.files.get(source.root)!;
  const detail = [problem, more > 0 ? `and ${more} more problem${more === 1 ? "" : "s"}` : ""]
    .filter(Boolean)
    .join(" ");
  return new ImportError(`Invalid ${document && typeof document === "object" && "swagger" in document ? "Swagger" : "OpenAPI"} document: ${detail}`, {
    file: source.root,
    pointer,
    line: pointer !== undefined ? lineOf(root, pointer) : undefined,
  });
}

/** Bundles, validates against the specification, and converts Swagger 2.0 to OpenAPI 3.0. */
export async function bundleAndValidate(source: ParsedSource): Promise<{ document: OpenApi3; format: "swagger-2.0" | "openapi-3.0" | "openapi-3.1" }> {
  const bundled = await bundleFiles(source);
  const version = String(bundled.openapi ?? bundled.swagger ?? "");
  const format = version.startsWith("2.") ? "swagger-2.0" : version.startsWith("3.0") ? "openapi-3.0" : version.startsWith("3.1") ? "openapi-3.1" : null;
  if (!format) {
    throw new ImportError(
      version ? `Unsupported version "${version}": import OpenAPI 3.0, 3.1 or Swagger 2.0` : "Not an OpenAPI document: it has no `openapi` or `swagger` key",
      { file: source.root, pointer: version ? (bundled.openapi ? "/openapi" : "/swagger") : "" },
    );
  }
  const result = await validate(structuredClone(bundled) as never, { dereference: { circular: "ignore" } });
  if (!result.valid) {
    throw validationError(result.errors[0]?.message ?? "Invalid document", result.errors.length - 1 + result.additionalErrors, bundled, source);
  }
  if (format !== "swagger-2.0") return { document: bundled as OpenApi3, format };
  try {
    const converted = await convertObj(bundled as unknown as OpenAPIV2.Document, { patch: true, warnOnly: true, resolve: false });
    return { document: converted.openapi as unknown as OpenApi3, format };
  } catch (error) {
    throw new ImportError(`Could not convert the Swagger 2.0 document: ${(error as Error).message}`, { file: source.root });
  }
}
