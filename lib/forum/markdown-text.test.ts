import { describe, expect, it } from "vitest";
import { countLinks, excerpt, plainText, sameText } from "./markdown-text";
import { tagsSchema, threadListSchema } from "./schemas";

describe("countLinks", () => {
  it.each([
    ["no links at all, just /relative/paths and example.com", 0],
    ["https://a.example and http://b.example/x", 2],
    ["[docs](https://a.example/docs) and <https://b.example>", 2],
    ["the same https://a.example, [again](https://a.example/) and www.a.example", 1],
    ["www.one.example, mailto:me@two.example and https://three.example.", 3],
    ["[https://a.example](https://a.example)", 1],
  ])("%s → %i", (text, expected) => {
    expect(countLinks(text)).toBe(expected);
  });
});

describe("excerpt", () => {
  it("reduces Markdown to plain words", () => {
    expect(plainText("# Title\n\n> **Bold** and `code` with [a link](https://x.example)\n\n```js\nalert(1)\n```\n- item <b>html</b>")).toBe("Title Bold and code with a link item html");
  });

  it("cuts long text at a word with an ellipsis", () => {
    const text = excerpt("word ".repeat(100), 50);
    expect(text.length).toBeLessThanOrEqual(51);
    expect(text.endsWith("word…")).toBe(true);
    expect(excerpt("short")).toBe("short");
  });

  it("never cuts an emoji in half", () => {
    expect(excerpt(`x${"💥".repeat(200)}`, 200)).toBe(`x${"💥".repeat(99)}…`);
  });
});

describe("sameText", () => {
  it("ignores whitespace and case only", () => {
    expect(sameText("  Hello   World\n", "hello world")).toBe(true);
    expect(sameText("Hello world", "Hello world!")).toBe(false);
  });
});

describe("schemas", () => {
  it("normalizes tags from a list or the form's text, and reports bad ones on the field", () => {
    expect(tagsSchema.parse("Auth, rate-limits  auth")).toEqual(["auth", "rate-limits"]);
    expect(tagsSchema.parse([" SDK-js "])).toEqual(["sdk-js"]);
    const bad = tagsSchema.safeParse(["ok", "not_ok", "-x"]);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path)).toEqual([[], []]);
  });

  it("reads list filters from a query string", () => {
    expect(threadListSchema.parse({ page: "2", tag: "", sort: "top" })).toMatchObject({ page: 2, tag: undefined, sort: "top", period: "all" });
    expect(threadListSchema.safeParse({ page: "1.5" }).success).toBe(false);
  });
});

describe("list filters", () => {
  it("need the API for a version or operation filter", () => {
    const bad = threadListSchema.safeParse({ operation: "getPetById" });
    expect(bad.error?.issues.map((i) => i.path)).toEqual([["operation"]]);
    expect(threadListSchema.safeParse({ api: "petstore", operation: "getPetById" }).success).toBe(true);
  });
});
