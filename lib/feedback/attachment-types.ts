import "server-only";
import { extname } from "node:path";
import { fileTypeFromBuffer } from "file-type";
import { Invalid } from "../errors";

import { ACCEPTED_FILES, MAX_ATTACHMENT_BYTES } from "./attachment-limits";

// Screenshots by their content (never SVG: it can carry script); text files by name, then checked to be text.
const IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);
const TEXT_TYPES: Record<string, string> = { ".txt": "text/plain", ".log": "text/plain", ".json": "application/json", ".har": "application/json" };

const refuse = (name: string, why: string) => new Invalid(`${name}: ${why}`, { files: [`${name}: ${why}`] });

/** A file name safe to store and to send back in Content-Disposition: no folders, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(-200);
  return cleaned || "attachment";
}

/** The content type the portal will serve a file as, or Invalid naming the file and what is accepted. */
export async function attachmentType(name: string, bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength === 0) throw refuse(name, "the file is empty.");
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw refuse(name, `the file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`);
  const detected = await fileTypeFromBuffer(bytes);
  if (detected && IMAGE_TYPES.has(detected.mime)) return detected.mime;
  const textType = TEXT_TYPES[extname(name).toLowerCase()];
  if (detected || !textType) throw refuse(name, `this kind of file cannot be attached. ${ACCEPTED_FILES} can.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw refuse(name, "the file is not UTF-8 text.");
  }
  if (text.includes("\u0000")) throw refuse(name, "the file is not text.");
  if (textType === "application/json") {
    try {
      JSON.parse(text);
    } catch {
      throw refuse(name, "the file is not valid JSON.");
    }
  }
  return textType;
}
