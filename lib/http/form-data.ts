import "server-only";
import { Invalid } from "../errors";
import { readCappedBody } from "./capped-body";

/** Reads a multipart/form-data body, refusing it (413) once more than `maxBytes` arrive. */
export async function readFormData(request: Request, maxBytes: number): Promise<FormData> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new Invalid("Send the files as multipart/form-data.");
  }
  const hasBody = request.body !== null;
  const body = await readCappedBody(request, maxBytes, `The upload is larger than ${Math.floor(maxBytes / 1024 / 1024)} MB.`);
  if (!hasBody) throw new Invalid("The request has no body.");
  try {
    return await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new Invalid("The upload could not be read as multipart/form-data.");
  }
}
