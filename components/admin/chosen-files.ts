import { DOCUMENT_FILE_PATTERN, formatBytes, MAX_FILE_BYTES, MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from "@/lib/catalog/import/upload-limits";

/** A file picked for import, with its path inside the chosen folder (or its name). */
export type ChosenFile = { file: File; path: string };

/** Hidden folders (.git) and dependencies are never part of a document, as in the CLI. */
function isIgnoredPath(path: string): boolean {
  return path.split("/").some((segment) => segment.startsWith(".") || segment === "node_modules");
}

/**
 * The document files among those picked. A folder holds READMEs and the like, so other files
 * are skipped (and counted, to say so) rather than refused.
 */
export function chooseDocumentFiles(picked: File[]): { files: ChosenFile[]; skipped: number } {
  const files = picked
    .map((file) => ({ file, path: file.webkitRelativePath || file.name }))
    .filter(({ path }) => DOCUMENT_FILE_PATTERN.test(path) && !isIgnoredPath(path))
    .sort((a, b) => a.path.localeCompare(b.path));
  return { files, skipped: picked.length - files.length };
}

export function totalBytes(files: ChosenFile[]): number {
  return files.reduce((sum, { file }) => sum + file.size, 0);
}

/** The server's upload limits, checked before uploading so nobody waits for a refusal. */
export function uploadProblem(files: ChosenFile[]): string | undefined {
  if (files.length === 0) return "Choose a .yaml, .yml or .json file, or a folder that holds one.";
  if (files.length > MAX_UPLOAD_FILES) return `An import takes at most ${MAX_UPLOAD_FILES} files; this folder has ${files.length}.`;
  const tooLarge = files.find(({ file }) => file.size > MAX_FILE_BYTES);
  if (tooLarge) return `${tooLarge.path} is larger than ${formatBytes(MAX_FILE_BYTES)}.`;
  const total = totalBytes(files);
  if (total > MAX_UPLOAD_BYTES) return `The files add up to ${formatBytes(total)}; an import takes at most ${formatBytes(MAX_UPLOAD_BYTES)}.`;
  return undefined;
}
