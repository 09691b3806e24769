import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { posix } from "node:path";
import { Invalid } from "../../errors";
import { DOCUMENT_FILE_PATTERN, MAX_FILE_BYTES } from "./upload-limits";

export { MAX_FILE_BYTES };

/**
 * The files of one document, keyed by POSIX path relative to a common base: one file, or
 * several when the document uses relative `$ref`s. `readMore` (CLI only) reads a referenced
 * file that was not given, from disk; uploads have none, so their refs stay inside the upload.
 */
export type DocumentSource = {
  files: Map<string, string>;
  root?: string;
  readMore?: (path: string) => string | undefined;
};

/** Normalizes an uploaded path; refuses one that climbs out of the upload. */
export function cleanRelativePath(path: string): string {
  const normalized = posix.normalize(path.replace(/\\/g, "/")).replace(/^\/+/, "");
  if (normalized === "." || normalized === "" || normalized.startsWith("../") || normalized === "..") {
    throw new Invalid(`"${path}" is not a file inside the upload.`);
  }
  return normalized;
}

function readDocumentFile(path: string): string {
  if (statSync(path).size > MAX_FILE_BYTES) throw new Invalid(`${path} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  return readFileSync(path, "utf8");
}

/** For the CLI: one document file (its relative refs read from disk), or every YAML/JSON file in a folder. */
export function readSourceFromPath(fileOrFolder: string): DocumentSource {
  if (!existsSync(fileOrFolder)) throw new Invalid(`No such file or folder: ${fileOrFolder}`);
  if (!statSync(fileOrFolder).isDirectory()) {
    const base = dirname(resolve(fileOrFolder));
    return {
      files: new Map([[basename(fileOrFolder), readDocumentFile(fileOrFolder)]]),
      root: basename(fileOrFolder),
      readMore: (path) => {
        const full = join(base, path);
        return existsSync(full) && statSync(full).isFile() ? readDocumentFile(full) : undefined;
      },
    };
  }
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules") walk(path);
      else if (entry.isFile() && DOCUMENT_FILE_PATTERN.test(entry.name)) {
        files.set(relative(fileOrFolder, path).split(sep).join("/"), readDocumentFile(path));
      }
    }
  };
  walk(fileOrFolder);
  if (files.size === 0) throw new Invalid(`No .yaml, .yml or .json files in ${fileOrFolder}.`);
  return { files };
}
