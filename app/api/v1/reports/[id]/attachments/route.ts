import { z } from "zod";
import { addAttachments, checkCanAttach } from "@/lib/feedback/attachments";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_REPORT } from "@/lib/feedback/attachment-limits";
import { attachmentDto } from "@/lib/feedback/dto";
import { Invalid } from "@/lib/errors";
import { readFormData } from "@/lib/http/form-data";
import { defineRoute } from "@/lib/http/route";

// Room for the multipart framing around the largest allowed set of files.
const MAX_REQUEST_BYTES = MAX_ATTACHMENTS_PER_REPORT * MAX_ATTACHMENT_BYTES + 256 * 1024;

/** Attach files (multipart/form-data, one or more `files` parts) to a report. 201 with the stored files. */
export const POST = defineRoute({ access: "signed-in", params: z.object({ id: z.string().max(64) }) }, async ({ actor, params, request }) => {
  await checkCanAttach(actor, params.id); // before reading the upload: a refused caller costs no parsing
  const form = await readFormData(request, MAX_REQUEST_BYTES);
  const parts = form.getAll("files");
  if (parts.some((p) => typeof p === "string")) throw new Invalid("Send each file as a file part named `files`.", { files: ["Not a file."] });
  const files = await Promise.all((parts as File[]).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const stored = await addAttachments(actor, params.id, files);
  return Response.json({ attachments: stored.map(attachmentDto) }, { status: 201, headers: { "cache-control": "no-store" } });
});
