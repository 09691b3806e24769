import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_FILES } from "@/lib/catalog/import/upload-limits";
import { chooseDocumentFiles, uploadProblem } from "./chosen-files";

/** A File as a folder picker gives it: named by its path below the chosen folder. */
function folderFile(path: string, size = 10): File {
  const file = new File(["x".repeat(size)], path.split("/").pop()!);
  Object.defineProperty(file, "webkitRelativePath", { value: path });
  return file;
}

describe("chooseDocumentFiles", () => {
  it("keeps the YAML and JSON files of a folder by path, skipping the rest and hidden folders", () => {
    const { files, skipped } = chooseDocumentFiles([
      folderFile("petstore/schemas/pet.yaml"),
      folderFile("petstore/README.md"),
      folderFile("petstore/.git/config.json"),
      folderFile("petstore/openapi.yaml"),
    ]);
    expect(files.map((f) => f.path)).toEqual(["petstore/openapi.yaml", "petstore/schemas/pet.yaml"]);
    expect(skipped).toBe(2);
  });

  it("uses the file name for a single picked file", () => {
    expect(chooseDocumentFiles([new File(["{}"], "openapi.json")]).files.map((f) => f.path)).toEqual(["openapi.json"]);
  });
});

describe("uploadProblem", () => {
  it("accepts a small upload and refuses an empty or oversized one before it is sent", () => {
    expect(uploadProblem(chooseDocumentFiles([folderFile("a/openapi.yaml")]).files)).toBeUndefined();
    expect(uploadProblem([])).toMatch(/Choose a \.yaml/);
    const many = Array.from({ length: MAX_UPLOAD_FILES + 1 }, (_, i) => folderFile(`a/f${i}.yaml`));
    expect(uploadProblem(chooseDocumentFiles(many).files)).toMatch(/at most 200 files/);
  });
});
