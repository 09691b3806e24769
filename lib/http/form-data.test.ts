import { describe, expect, it } from "vitest";
import { Invalid, PayloadTooLarge } from "../errors";
import { readFormData } from "./form-data";

function multipartRequest(text: string): Request {
  const body = new FormData();
  body.append("files", new Blob([text]), "openapi.yaml");
  return new Request("http://localhost/upload", { method: "POST", body });
}

describe("readFormData", () => {
  it("reads a multipart body within the limit", async () => {
    const form = await readFormData(multipartRequest("openapi: 3.0.3"), 10_000);
    expect(await (form.get("files") as File).text()).toBe("openapi: 3.0.3");
  });

  it("refuses a body over the limit by counting it, with no Content-Length to trust", async () => {
    const request = multipartRequest("x".repeat(5000));
    expect(request.headers.get("content-length")).toBeNull();
    await expect(readFormData(request, 1000)).rejects.toBeInstanceOf(PayloadTooLarge);
  });

  it("refuses a body that is not multipart/form-data", async () => {
    const json = new Request("http://localhost/upload", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    await expect(readFormData(json, 1000)).rejects.toBeInstanceOf(Invalid);
  });
});
