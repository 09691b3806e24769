// Upload limits shared by the import form (to refuse early, before uploading) and the server
// (which enforces them). No server-only imports here: the client bundle reads this file.

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_FILES = 200;
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export const DOCUMENT_FILE_PATTERN = /\.(ya?ml|json)$/i;

/** "1.2 MB", "830 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? "" : "s"}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MB`;
}
