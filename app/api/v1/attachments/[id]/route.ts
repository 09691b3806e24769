import { z } from "zod";
import { deleteAttachment, getAttachment } from "@/lib/feedback/attachments";
import { defineRoute } from "@/lib/http/route";

const params = z.object({ id: z.string().max(64) });

/**
 * A report's file, for its reporter and the staff who may see the report. Screenshots show
 * inline; everything else downloads. Nothing in it may run: a sandboxing CSP and nosniff.
 */
export const GET = defineRoute({ access: "public", params }, async ({ actor, params }) => {
  const file = await getAttachment(actor, params.id);
  const inline = file.contentType.startsWith("image/");
  const encoded = encodeURIComponent(file.fileName);
  return new Response(Buffer.from(file.data), {
    headers: {
      "content-type": file.contentType.startsWith("text/") ? `${file.contentType}; charset=utf-8` : file.contentType,
      "content-length": String(file.size),
      "content-disposition": `${inline ? "inline" : "attachment"}; filename="${file.fileName.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encoded}`,
      "content-security-policy": "default-src 'none'; img-src 'self'; sandbox",
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});

/** Remove a file: its uploader while the report is open, or staff. */
export const DELETE = defineRoute({ access: "signed-in", params }, async ({ actor, params }) => {
  await deleteAttachment(actor, params.id);
  return new Response(null, { status: 204 });
});
