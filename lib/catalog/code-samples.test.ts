import { spawnSync } from "node:child_process";
import { Script, runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { codeSamples, type CodeSampleInput, type CodeSamples } from "./code-samples";
import type { JsonSchema, NormalizedOperation, SecurityScheme } from "./types";
import { PETSTORE, ref } from "./testing/petstore-schemas";

const SERVER = "https://petstore3.swagger.io/api/v3";
const SCHEMAS: Record<string, JsonSchema> = {
  ...PETSTORE,
  Node: { type: "object", properties: { name: { type: "string" }, children: { type: "array", items: ref("Node") } } },
};

const SECURITY_SCHEMES: Record<string, SecurityScheme> = {
  api_key: { type: "apiKey", name: "api_key", in: "header" },
  petstore_auth: {
    type: "oauth2",
    flows: { implicit: { authorizationUrl: "https://petstore3.swagger.io/oauth/authorize", scopes: { "write:pets": "" } } },
  },
  bearer_auth: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
  basic_auth: { type: "http", scheme: "basic" },
  query_key: { type: "apiKey", name: "api_key", in: "query" },
  cookie_key: { type: "apiKey", name: "session", in: "cookie" },
  client_cert: { type: "mutualTLS" },
};

const PET_ID = { name: "petId", in: "path", required: true, schema: { type: "integer", format: "int64" } } as const;

function operation(fields: Partial<NormalizedOperation> & Pick<NormalizedOperation, "method" | "path">): NormalizedOperation {
  return { slug: `${fields.method}-${fields.path}`, tags: ["pet"], deprecated: false, security: [], parameters: [], requestBody: null, responses: [], ...fields };
}

function samplesFor(op: NormalizedOperation, overrides: Partial<CodeSampleInput> = {}): CodeSamples {
  return codeSamples({ operation: op, serverUrl: SERVER, securitySchemes: SECURITY_SCHEMES, schemas: SCHEMAS, ...overrides });
}

const getPetById = operation({
  method: "get",
  path: "/pet/{petId}",
  parameters: [PET_ID],
  security: [{ api_key: [] }, { petstore_auth: ["read:pets"] }],
});

const addPet = operation({
  method: "post",
  path: "/pet",
  security: [{ petstore_auth: ["write:pets", "read:pets"] }],
  requestBody: {
    required: true,
    content: {
      "application/xml": { schema: ref("Pet") },
      "application/json": { schema: ref("Pet") },
      "application/x-www-form-urlencoded": { schema: ref("Pet") },
    },
  },
});

const updatePetWithForm = operation({
  method: "put",
  path: "/pet/{petId}",
  parameters: [PET_ID],
  security: [{ api_key: [] }],
  requestBody: {
    required: true,
    content: {
      "application/x-www-form-urlencoded": {
        schema: {
          type: "object",
          properties: { name: { type: "string", example: "good boy" }, status: { type: "string", enum: ["sold"] } },
        },
      },
    },
  },
});

const uploadFile = operation({
  method: "post",
  path: "/pet/{petId}/uploadImage",
  parameters: [PET_ID],
  security: [{ petstore_auth: ["write:pets"] }],
  requestBody: {
    required: true,
    content: {
      "multipart/form-data": {
        schema: {
          type: "object",
          properties: { additionalMetadata: { type: "string" }, file: { type: "string", format: "binary" } },
        },
      },
    },
  },
});

const getMe = operation({ method: "get", path: "/user/me", security: [{ bearer_auth: [] }] });

const createOwner = operation({
  method: "post",
  path: "/owners",
  security: [{ basic_auth: [] }],
  requestBody: {
    required: true,
    content: { "application/json": { example: { name: "O'Brien", note: 'say "hi"\nthen leave', vaccinated: true, nickname: null } } },
  },
});

const findByStatus = operation({
  method: "get",
  path: "/pet/findByStatus",
  security: [{ query_key: [] }],
  parameters: [
    { name: "status", in: "query", required: true, schema: { type: "string", enum: ["available", "pending"] } },
    { name: "tags", in: "query", required: true, example: ["a b", "c&d"] },
    { name: "limit", in: "query", required: false, schema: { type: "integer" } },
    { name: "X-Request-ID", in: "header", required: true, schema: { type: "string", format: "uuid" } },
    { name: "X-Optional", in: "header", required: false, schema: { type: "string" } },
    { name: "Accept", in: "header", required: true, example: "text/html" },
    { name: "theme", in: "cookie", required: true, example: "dark mode" },
  ],
});

const circularBody = operation({
  method: "patch",
  path: "/nodes",
  requestBody: { required: true, content: { "application/json": { schema: ref("Node") } } },
});

const ALL_OPERATIONS = [getPetById, addPet, updatePetWithForm, uploadFile, getMe, createOwner, findByStatus, circularBody];

const PET_EXAMPLE = {
  id: 10,
  name: "doggie",
  category: { id: 1, name: "Dogs" },
  photoUrls: ["string"],
  tags: [{ id: 0, name: "string" }],
  status: "available",
};

// ---------------------------------------------------------------------------------------------
// Running the samples: bash for curl, a vm for JavaScript, python3 for Python.

const hasBash = spawnSync("bash", ["-c", "true"]).status === 0;
const hasPython = spawnSync("python3", ["--version"]).status === 0;

/** The arguments bash would hand to curl, read back through a stand-in curl function. */
function curlArguments(command: string): string[] {
  const script = `curl() { printf '%s\\0' "$@"; }\n${command}`;
  const result = spawnSync("bash", ["-c", script], { encoding: "utf8" });
  expect(result.status).toBe(0);
  return result.stdout.split("\0").slice(0, -1);
}

type FetchCall = { url: string; init: { method: string; headers?: Record<string, string>; body?: unknown } };

/** Runs the sample against a recording fetch; also proves it parses as modern JavaScript. */
async function runJavaScript(code: string): Promise<FetchCall> {
  const calls: FetchCall[] = [];
  const fetch = async (url: string, init: FetchCall["init"]) => {
    calls.push({ url, init });
    return { json: async () => ({}) };
  };
  const context = { fetch, FormData, Blob, URLSearchParams, btoa, JSON };
  await runInNewContext(`(async () => {\n${code}\n})()`, context);
  const [call] = calls;
  if (!call) throw new Error("the sample did not call fetch");
  return call;
}

/** Executes the sample with a fake `requests` module and reports the call it made as JSON. */
function runPython(code: string): { method: string; url: string; [argument: string]: unknown } {
  const harness = [
    "import builtins, json, sys, types",
    "calls = []",
    "class Response:",
    "    def json(self): return None",
    "def call(method):",
    "    def send(url, **kwargs):",
    "        kwargs.pop('files', None) and kwargs.update(files='<files>')",
    "        calls.append({'method': method, 'url': url, **kwargs})",
    "        return Response()",
    "    return send",
    "requests = types.ModuleType('requests')",
    "for name in ['get', 'post', 'put', 'patch', 'delete', 'head', 'options']: setattr(requests, name, call(name))",
    "requests.request = lambda method, url, **kwargs: call(method.lower())(url, **kwargs)",
    "sys.modules['requests'] = requests",
    "builtins.open = lambda *args, **kwargs: '<file>'",
    "exec(sys.stdin.read(), {})",
    "print(json.dumps(calls[0]))",
  ].join("\n");
  const result = spawnSync("python3", ["-c", harness], { input: code, encoding: "utf8" });
  expect(result.stderr).toBe("");
  const lastLine = result.stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(lastLine) as { method: string; url: string };
}

// ---------------------------------------------------------------------------------------------

describe("codeSamples for the Petstore", () => {
  it("GET /pet/{petId}: path parameter from its schema, api_key header from the first requirement", () => {
    const samples = samplesFor(getPetById);
    expect(samples.curl).toBe(`curl 'https://petstore3.swagger.io/api/v3/pet/0' \\
  -H 'api_key: YOUR_API_KEY'`);
    expect(samples.javascript).toBe(`const response = await fetch("https://petstore3.swagger.io/api/v3/pet/0", {
  method: "GET",
  headers: {
    "api_key": "YOUR_API_KEY"
  }
});
const data = await response.json();`);
    expect(samples.python).toBe(`import requests

url = "https://petstore3.swagger.io/api/v3/pet/0"
headers = {
    "api_key": "YOUR_API_KEY"
}

response = requests.get(url, headers=headers)
print(response.json())`);
  });

  it("POST /pet: JSON chosen over other media types, built from Pet, Category and Tag", () => {
    const samples = samplesFor(addPet);
    expect(samples.curl).toBe(`curl -X POST 'https://petstore3.swagger.io/api/v3/pet' \\
  -H 'Authorization: Bearer YOUR_ACCESS_TOKEN' \\
  -H 'Content-Type: application/json' \\
  -d '{
  "id": 10,
  "name": "doggie",
  "category": {
    "id": 1,
    "name": "Dogs"
  },
  "photoUrls": [
    "string"
  ],
  "tags": [
    {
      "id": 0,
      "name": "string"
    }
  ],
  "status": "available"
}'`);
    expect(samples.javascript).toContain(`  body: JSON.stringify({
    "id": 10,
    "name": "doggie",`);
    expect(samples.python).toContain(`payload = {
    "id": 10,
    "name": "doggie",
    "category": {
        "id": 1,
        "name": "Dogs"
    },`);
    expect(samples.python).toContain("response = requests.post(url, headers=headers, json=payload)");
  });

  it.runIf(hasBash)("POST /pet: the curl body reaches curl as exactly the example JSON", () => {
    const args = curlArguments(samplesFor(addPet).curl);
    expect(args.slice(0, 3)).toEqual(["-X", "POST", `${SERVER}/pet`]);
    expect(JSON.parse(args.at(-1) ?? "")).toEqual(PET_EXAMPLE);
  });

  it("PUT with a form body: URL-encoded fields and the form Content-Type", () => {
    const samples = samplesFor(updatePetWithForm);
    expect(samples.curl).toBe(`curl -X PUT 'https://petstore3.swagger.io/api/v3/pet/0' \\
  -H 'api_key: YOUR_API_KEY' \\
  -H 'Content-Type: application/x-www-form-urlencoded' \\
  -d 'name=good%20boy&status=sold'`);
    expect(samples.javascript).toContain(`  body: new URLSearchParams({
    "name": "good boy",
    "status": "sold"
  })`);
    expect(samples.python).toContain(`data = {
    "name": "good boy",
    "status": "sold"
}`);
    expect(samples.python).toContain("requests.put(url, headers=headers, data=data)");
  });

  it("multipart upload: -F fields, FormData and files=, with no hand-written Content-Type", () => {
    const samples = samplesFor(uploadFile);
    expect(samples.curl).toBe(`curl -X POST 'https://petstore3.swagger.io/api/v3/pet/0/uploadImage' \\
  -H 'Authorization: Bearer YOUR_ACCESS_TOKEN' \\
  -F 'additionalMetadata=string' \\
  -F 'file=@file.bin'`);
    expect(samples.javascript).toContain(`const formData = new FormData();
formData.append("additionalMetadata", "string");
formData.append("file", new Blob(["<file contents>"]), "file.bin");`);
    expect(samples.javascript).toContain("  body: formData");
    expect(samples.python).toContain(`files = {
    "file": open("file.bin", "rb")
}`);
    expect(samples.python).toContain("requests.post(url, headers=headers, data=data, files=files)");
    for (const sample of Object.values(samples)) expect(sample).not.toContain("Content-Type");
  });

  it("bearer auth becomes an Authorization header in every language", () => {
    const samples = samplesFor(getMe);
    expect(samples.curl).toContain(`-H 'Authorization: Bearer YOUR_TOKEN'`);
    expect(samples.javascript).toContain(`"Authorization": "Bearer YOUR_TOKEN"`);
    expect(samples.python).toContain(`"Authorization": "Bearer YOUR_TOKEN"`);
  });
});

describe("codeSamples quoting", () => {
  it("escapes single quotes for the shell and keeps Python literals Pythonic", () => {
    const samples = samplesFor(createOwner);
    expect(samples.curl).toContain(`"name": "O'\\''Brien"`);
    expect(samples.curl).toContain(`-u 'username:password'`);
    expect(samples.python).toContain(`"vaccinated": True`);
    expect(samples.python).toContain(`"nickname": None`);
    expect(samples.python).not.toMatch(/\b(true|false|null)\b/);
    expect(samples.python).toContain(`"note": "say \\"hi\\"\\nthen leave"`);
    expect(samples.python).toContain(`auth=("username", "password")`);
    expect(samples.javascript).toContain(`"Authorization": "Basic " + btoa("username:password")`);
  });

  it.runIf(hasBash)("the shell hands curl the original O'Brien", () => {
    const body = curlArguments(samplesFor(createOwner).curl).at(-1) ?? "";
    expect(JSON.parse(body)).toEqual({ name: "O'Brien", note: 'say "hi"\nthen leave', vaccinated: true, nickname: null });
  });

  it("JavaScript sends the example body and credentials when run", async () => {
    const call = await runJavaScript(samplesFor(createOwner).javascript);
    expect(call.url).toBe(`${SERVER}/owners`);
    expect(call.init.method).toBe("POST");
    expect(call.init.headers).toEqual({ Authorization: `Basic ${btoa("username:password")}`, "Content-Type": "application/json" });
    expect(JSON.parse(String(call.init.body))).toEqual({ name: "O'Brien", note: 'say "hi"\nthen leave', vaccinated: true, nickname: null });
  });

  it.runIf(hasPython)("Python sends the example body, with True and None round-tripping to JSON", () => {
    const call = runPython(samplesFor(createOwner).python);
    expect(call).toEqual({
      method: "post",
      url: `${SERVER}/owners`,
      headers: { "Content-Type": "application/json" },
      auth: ["username", "password"],
      json: { name: "O'Brien", note: 'say "hi"\nthen leave', vaccinated: true, nickname: null },
    });
  });
});

describe("codeSamples parameters and URLs", () => {
  it("appends required query parameters and a query API key, encoded, and skips optional ones", () => {
    const samples = samplesFor(findByStatus);
    const url = `${SERVER}/pet/findByStatus?status=available&tags=a%20b&tags=c%26d&api_key=YOUR_API_KEY`;
    expect(samples.curl.split(" \\\n")[0]).toBe(`curl '${url}'`);
    expect(samples.javascript).toContain(`fetch("${url}"`);
    expect(samples.python).toContain(`params = {
    "status": "available",
    "tags": [
        "a b",
        "c&d"
    ],
    "api_key": "YOUR_API_KEY"
}`);
  });

  it("sends required header and cookie parameters, ignoring Accept as the spec says", () => {
    const { curl } = samplesFor(findByStatus);
    expect(curl).toContain(`-H 'X-Request-ID: 3fa85f64-5717-4562-b3fc-2c963f66afa6'`);
    expect(curl).toContain(`-H 'Cookie: theme=dark%20mode'`);
    expect(curl).not.toContain("X-Optional");
    expect(curl).not.toContain("Accept");
  });

  it.runIf(hasPython)("Python passes query parameters through params=", () => {
    const call = runPython(samplesFor(findByStatus).python);
    expect(call.url).toBe(`${SERVER}/pet/findByStatus`);
    expect(call.params).toEqual({ status: "available", tags: ["a b", "c&d"], api_key: "YOUR_API_KEY" });
  });

  it("URL-encodes path parameter examples", () => {
    const op = operation({
      method: "get",
      path: "/files/{path}",
      parameters: [{ name: "path", in: "path", required: true, example: "a b/c?d" }],
    });
    expect(samplesFor(op).curl).toBe(`curl '${SERVER}/files/a%20b%2Fc%3Fd'`);
  });

  it("strips a trailing slash from the server and keeps a relative server relative", () => {
    expect(samplesFor(getPetById, { serverUrl: `${SERVER}/` }).curl).toContain(`'${SERVER}/pet/0'`);
    expect(samplesFor(getPetById, { serverUrl: "/v1" }).curl).toContain(`curl '/v1/pet/0'`);
    expect(samplesFor(getPetById, { serverUrl: "/v1" }).python).toContain(`url = "/v1/pet/0"`);
  });
});

describe("codeSamples edge cases", () => {
  it("uses a placeholder body, or a string example, for media types it cannot build", () => {
    const xml = operation({ method: "post", path: "/pet", requestBody: { required: true, content: { "application/xml": { schema: ref("Pet") } } } });
    expect(samplesFor(xml).curl).toBe(`curl -X POST '${SERVER}/pet' \\
  -H 'Content-Type: application/xml' \\
  --data-raw '<application/xml body>'`);
    const text = operation({ method: "post", path: "/notes", requestBody: { required: false, content: { "text/plain": { example: "it's ünïcode" } } } });
    const samples = samplesFor(text);
    expect(samples.curl).toContain(`--data-raw 'it'\\''s ünïcode'`);
    expect(samples.javascript).toContain(`body: "it's ünïcode"`);
    expect(samples.python).toContain(`data = "it's ünïcode"`);
  });

  it("adds no credentials for an anonymous requirement or mutual TLS", () => {
    const anonymous = operation({ method: "get", path: "/inventory", security: [{}, { api_key: [] }] });
    expect(samplesFor(anonymous).curl).toBe(`curl '${SERVER}/inventory'`);
    const mtls = operation({ method: "delete", path: "/inventory", security: [{ client_cert: [] }] });
    expect(samplesFor(mtls).curl).toBe(`curl -X DELETE '${SERVER}/inventory'`);
  });

  it("terminates on a circular request schema", () => {
    const samples = samplesFor(circularBody);
    expect(samples.curl).toContain(`-d '{
  "name": "string",
  "children": []
}'`);
  });

  it("uses --head for HEAD and requests.request for TRACE", () => {
    expect(samplesFor(operation({ method: "head", path: "/pet" })).curl).toBe(`curl --head '${SERVER}/pet'`);
    expect(samplesFor(operation({ method: "trace", path: "/pet" })).python).toContain(`requests.request("TRACE", url)`);
  });

  it("every sample of every operation is syntactically valid JavaScript", () => {
    for (const op of ALL_OPERATIONS) {
      const { javascript } = samplesFor(op);
      expect(() => new Script(`(async () => {\n${javascript}\n})`), `${op.method} ${op.path}`).not.toThrow();
    }
  });

  it.runIf(hasBash)("every curl sample is one valid shell command", () => {
    for (const op of ALL_OPERATIONS) {
      const result = spawnSync("bash", ["-n"], { input: samplesFor(op).curl, encoding: "utf8" });
      expect(result.stderr, `${op.method} ${op.path}`).toBe("");
    }
  });

  it.runIf(hasPython)("every Python sample parses", () => {
    // One interpreter for all samples: starting python3 is the slow part.
    const samples = ALL_OPERATIONS.map((op) => samplesFor(op).python);
    const check = "import ast, json, sys\nfor source in json.load(sys.stdin): ast.parse(source)";
    const result = spawnSync("python3", ["-c", check], { input: JSON.stringify(samples), encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
