import { requireRole } from "@/lib/auth/authorize";
import { refreshDocsPages } from "@/lib/catalog/docs-cache";
import { importApiVersion } from "@/lib/catalog/import-version";
import { consumeImportAllowance } from "@/lib/catalog/import-rate-limit";
import { readImportUpload } from "@/lib/catalog/import/upload";
import { MAX_UPLOAD_BYTES } from "@/lib/catalog/import/upload-limits";
import { readFormData } from "@/lib/http/form-data";
import { defineRoute } from "@/lib/http/route";

// Room for the multipart boundaries, part headers and option fields around the files themselves.
const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;

/**
 * Admins: import an OpenAPI document uploaded as multipart/form-data (fields api, version?,
 * name?, visibility?, status?, root?, and one or more `files` named by their relative path).
 * 201 with the import summary; 200 when the same document was already imported.
 */
export const POST = defineRoute({ access: "staff" }, async ({ request, actor }) => {
  // Checked before the body is read, so a refused caller costs no upload parsing.
  const admin = requireRole(actor, "admin");
  await consumeImportAllowance(admin);
  const { options, source } = await readImportUpload(await readFormData(request, MAX_REQUEST_BYTES));
  const summary = await importApiVersion(admin, options, source);
  if (!summary.unchanged) refreshDocsPages();
  return Response.json(summary, { status: summary.unchanged ? 200 : 201, headers: { "cache-control": "no-store" } });
});
