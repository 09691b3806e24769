import "server-only";
import { Invalid, PayloadTooLarge } from "../errors";

/**
 * Reads a multipart/form-data body, refusing it once more than `maxBytes` arrive. The stream is
 * counted as it is read, so a missing or false Content-Length cannot make us buffer more.
 */
export async function readFormData(request: Request, maxBytes: number): Promise<FormData> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new Invalid("Send the files as multipart/form-data.");
  }
  const tooLarge = () => new PayloadTooLarge(`The upload is larger than ${Math.floor(maxBytes / 1024 / 1024)} MB.`);
  if (Number(request.headers.get("content-length")) > maxBytes) throw tooLarge();
  if (!request.body) throw new Invalid("The request has no body.");

  let received = 0;
  const capped = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > maxBytes) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(capped, { headers: { "content-type": contentType } }).formData();
  } catch {
    if (received > maxBytes) throw tooLarge();
    throw new Invalid("The upload could not be read as multipart/form-data.");
  }
}
