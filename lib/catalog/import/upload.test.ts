import { describe, expect, it } from "vitest";
import { Invalid } from "../../errors";
import { readImportUpload } from "./upload";
import { MAX_UPLOAD_FILES } from "./upload-limits";

const DOC = "openapi: 3.0.3\ninfo: { title: Pets, version: '1' }\npaths: {}\n";

function form(fields: Record<string, string>, files: [name: string, text: string][]): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  for (const [name, text] of files) data.append("files", new Blob([text]), name);
  return data;
}

async function fieldErrors(data: FormData): Promise<Record<string, string[]>> {
  const error = await readImportUpload(data).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Invalid);
  return (error as Invalid).fieldErrors;
}

describe("readImportUpload", () => {
  it("reads the options, treating empty fields as not given", async () => {
    const upload = await readImportUpload(form({ api: " Pets ", version: "", name: "", visibility: "partner", status: "" }, [["openapi.yaml", DOC]]));
    expect(upload.options).toEqual({ api: "pets", visibility: "partner" });
    expect([...upload.source.files]).toEqual([["openapi.yaml", DOC]]);
  });

  it("drops a folder upload's top folder, so paths match what the CLI reads", async () => {
    const upload = await readImportUpload(
      form({ api: "pets", root: "petstore/openapi.yaml" }, [["petstore/openapi.yaml", DOC], ["petstore/schemas/pet.yaml", "type: object\n"]]),
    );
    expect([...upload.source.files.keys()]).toEqual(["openapi.yaml", "schemas/pet.yaml"]);
    expect(upload.source.root).toBe("openapi.yaml");
  });

  it("keeps paths of files that do not share a top folder", async () => {
    const upload = await readImportUpload(form({ api: "pets" }, [["a/openapi.yaml", DOC], ["b/pet.json", "{}"]]));
    expect([...upload.source.files.keys()]).toEqual(["a/openapi.yaml", "b/pet.json"]);
  });

  it("reports option and file problems together, by field", async () => {
    const errors = await fieldErrors(form({ api: "Not a slug!", status: "gone" }, [["notes.md", "# hi"], ["../../etc/passwd.yaml", "x: 1"]]));
    expect(Object.keys(errors).sort()).toEqual(["api", "files", "status"]);
    expect(errors.files).toEqual(["notes.md is not a .yaml, .yml or .json file.", '"../../etc/passwd.yaml" is not a file inside the upload.']);
  });

  it("asks for a file when none is sent", async () => {
    expect((await fieldErrors(form({ api: "pets" }, []))).files).toEqual(["Choose a file or a folder to import."]);
  });

  it("refuses more files than an import takes", async () => {
    const many = Array.from({ length: MAX_UPLOAD_FILES + 1 }, (_, i): [string, string] => [`f${i}.yaml`, "a: 1"]);
    expect((await fieldErrors(form({ api: "pets" }, many))).files).toEqual([expect.stringMatching(/at most 200 files; this one has 201/)]);
  });

  it("refuses a root document that is not among the files", async () => {
    expect((await fieldErrors(form({ api: "pets", root: "other.yaml" }, [["openapi.yaml", DOC]]))).root).toEqual([
      "other.yaml is not one of the uploaded files.",
    ]);
  });

  it("refuses files that are not UTF-8 text", async () => {
    const data = new FormData();
    data.append("api", "pets");
    data.append("files", new Blob([new Uint8Array([0xff, 0xfe, 0x00])]), "openapi.json");
    await expect(readImportUpload(data)).rejects.toThrow("openapi.json is not UTF-8 text.");
  });
});
