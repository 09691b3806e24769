import { createHash } from "node:crypto";
import type { NormalizedDocument } from "../types";
import { bundleAndValidate } from "./bundle";
import { normalizeDocument } from "./normalize";
import { parseSource } from "./parse-files";
import type { DocumentSource } from "./source-files";

export type LoadedDocument = { document: NormalizedDocument; sourceHash: string; root: string };

/**
 * Reads, validates and normalizes an OpenAPI 3.0/3.1 or Swagger 2.0 document. Throws an
 * ImportError naming the file, JSON pointer and line of the first problem.
 */
export async function loadDocument(source: DocumentSource): Promise<LoadedDocument> {
  const parsed = parseSource(source);
  const hash = createHash("sha256");
  for (const path of [...parsed.files.keys()].sort()) hash.update(path).update("\0").update(JSON.stringify(parsed.files.get(path)!.value));
  const { document, format } = await bundleAndValidate(parsed);
  return { document: normalizeDocument(document, format, parsed.warnings), sourceHash: hash.digest("hex"), root: parsed.root };
}
