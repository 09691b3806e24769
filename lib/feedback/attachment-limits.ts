/** Limits on report attachments, shared by the form (checked before upload) and the server. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_REPORT = 3;
export const ACCEPTED_FILES = "Logs (.txt, .log), HAR or JSON files, and PNG, JPEG, GIF or WebP screenshots";
/** The file input's `accept` list. */
export const ACCEPTED_FILE_TYPES = ".txt,.log,.har,.json,image/png,image/jpeg,image/gif,image/webp";
