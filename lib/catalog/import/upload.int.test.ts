import { describe, expect, it } from "vitest";
import { systemActor } from "../../auth/authorize";
import { importApiVersion } from "../import-version";
import { readImportUpload } from "./upload";

const ROOT = `openapi: 3.0.3
info: { title: Pets, version: "1.0" }
paths:
  /pets:
    get:
      operationId: listPets
      responses: { "200": { description: ok, content: { application/json: { schema: { $ref: 'schemas/pet.yaml' } } } } }
`;
const PET = "type: object\nproperties: { name: { type: string } }\n";

describe("an uploaded folder", () => {
  it("imports like the same folder read by the CLI, so uploading it again after the CLI changes nothing", async () => {
    const api = `upload-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const system = systemActor("test");
    await importApiVersion(system, { api }, { files: new Map([["openapi.yaml", ROOT], ["schemas/pet.yaml", PET]]) });

    const form = new FormData();
    form.append("api", api);
    form.append("files", new Blob([ROOT]), "petstore/openapi.yaml");
    form.append("files", new Blob([PET]), "petstore/schemas/pet.yaml");
    const { options, source } = await readImportUpload(form);
    expect(await importApiVersion(system, options, source)).toMatchObject({ api, version: "1.0", unchanged: true, operations: 1 });
  });
});
