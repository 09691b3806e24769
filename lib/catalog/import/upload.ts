import { Invalid, type FieldErrors } from "../../errors";
import { fieldErrorsOf } from "../../validation";
import { importOptionsSchema, type ImportOptions } from "../schemas";
import { cleanRelativePath, type DocumentSource } from "./source-files";
import { DOCUMENT_FILE_PATTERN, formatBytes, MAX_FILE_BYTES, MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from "./upload-limits";

/** What the import form sends, read into the arguments of importApiVersion. */
export type ImportUpload = { options: ImportOptions; source: DocumentSource };

const OPTION_FIELDS = ["api", "version", "name", "visibility", "status"] as const;

/** A form text field, with an empty one meaning "not given" (so the domain's defaults apply). */
function textField(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/**
 * A folder upload names every file below the chosen folder ("petstore/openapi.yaml"). Dropping
 * that shared top folder keys the files as the CLI does, so both report the same paths and an
 * upload of an already imported folder is a no-op.
 */
function commonTopFolder(paths: string[]): string | undefined {
  const tops = new Set(paths.map((p) => (p.includes("/") ? p.slice(0, p.indexOf("/") + 1) : "")));
  const [top] = tops;
  return tops.size === 1 && top ? top : undefined;
}

type UploadedFile = { path: string; file: File };

function checkFiles(entries: FormDataEntryValue[]): { files: UploadedFile[]; problems: string[] } {
  const problems: string[] = [];
  if (entries.length === 0) return { files: [], problems: ["Choose a file or a folder to import."] };
  if (entries.length > MAX_UPLOAD_FILES) {
    return { files: [], problems: [`An import takes at most ${MAX_UPLOAD_FILES} files; this one has ${entries.length}.`] };
  }
  const files: UploadedFile[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    if (typeof entry === "string") {
      problems.push("Send each file as a file part, not as text.");
      continue;
    }
    let path: string;
    try {
      path = cleanRelativePath(entry.name);
    } catch (error) {
      problems.push(error instanceof Invalid ? error.message : `"${entry.name}" is not a usable file name.`);
      continue;
    }
    total += entry.size;
    if (!DOCUMENT_FILE_PATTERN.test(path)) problems.push(`${path} is not a .yaml, .yml or .json file.`);
    else if (entry.size > MAX_FILE_BYTES) problems.push(`${path} is larger than ${formatBytes(MAX_FILE_BYTES)}.`);
    else if (seen.has(path)) problems.push(`${path} is in the upload twice.`);
    seen.add(path);
    files.push({ path, file: entry });
  }
  if (total > MAX_UPLOAD_BYTES) problems.push(`The files add up to ${formatBytes(total)}; an import takes at most ${formatBytes(MAX_UPLOAD_BYTES)}.`);
  return { files, problems };
}

/** The root document as a path in the upload, with or without the folder upload's top folder. */
function cleanRoot(requested: string, relativeToUpload: (path: string) => string): string | undefined {
  try {
    return relativeToUpload(cleanRelativePath(requested));
  } catch {
    return undefined;
  }
}

async function readText({ path, file }: UploadedFile): Promise<string> {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new Invalid(`${path} is not UTF-8 text.`, { files: [`${path} is not UTF-8 text.`] });
  }
}

/**
 * Validates the import form: the options against the shared schema, and the files (count,
 * sizes, extensions, paths that stay inside the upload). Reports every problem at once, by field.
 */
export async function readImportUpload(form: FormData): Promise<ImportUpload> {
  const errors: FieldErrors = {};
  const parsedOptions = importOptionsSchema.safeParse(Object.fromEntries(OPTION_FIELDS.map((name) => [name, textField(form, name)])));
  if (!parsedOptions.success) Object.assign(errors, fieldErrorsOf(parsedOptions.error));

  const { files, problems } = checkFiles(form.getAll("files"));
  if (problems.length) errors.files = problems;

  const top = problems.length ? undefined : commonTopFolder(files.map((f) => f.path));
  const relativeToUpload = (path: string) => (top && path.startsWith(top) ? path.slice(top.length) : path);
  const requestedRoot = textField(form, "root");
  const root = requestedRoot && !problems.length ? cleanRoot(requestedRoot, relativeToUpload) : undefined;
  if (requestedRoot && !problems.length && !files.some((f) => relativeToUpload(f.path) === root)) {
    errors.root = [`${requestedRoot} is not one of the uploaded files.`];
  }

  if (Object.keys(errors).length || !parsedOptions.success) {
    // The file problems name the file, so they make the better headline; option errors sit by their fields.
    throw new Invalid(errors.files?.[0] ?? errors.root?.[0] ?? "Check the import options.", errors);
  }
  const texts = await Promise.all(files.map(readText));
  return {
    options: parsedOptions.data,
    source: { files: new Map(files.map((f, i) => [relativeToUpload(f.path), texts[i]!])), ...(root ? { root } : {}) },
  };
}
