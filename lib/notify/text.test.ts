import { describe, expect, it } from "vitest";
import { escapeHtml, excerpt, markdownToPlain } from "./text";

describe("markdownToPlain", () => {
  it("keeps the words and drops Markdown syntax and link targets", () => {
    expect(markdownToPlain("## Fixed\n\nDeployed **1.0.28**: see [the changelog](https://example.com/log) and `GET /pet`.\n\n- one\n- two")).toBe(
      "Fixed\n\nDeployed 1.0.28: see the changelog and GET /pet.\n\none\ntwo",
    );
  });

  it("drops raw HTML tags", () => {
    expect(markdownToPlain('Hello <img src=x onerror="alert(1)"> world')).toBe("Hello  world");
  });
});

describe("excerpt", () => {
  it("leaves short text alone and cuts long text at a word", () => {
    expect(excerpt("  short\n text ", 20)).toBe("short text");
    expect(excerpt("The quick brown fox jumps over the lazy dog", 20)).toBe("The quick brown fox…");
    expect(excerpt("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });

  it("never cuts an emoji in half (a lone surrogate cannot be stored)", () => {
    const cut = excerpt("💥".repeat(300), 280);
    expect(cut.isWellFormed()).toBe(true);
    expect(cut).toBe(`${"💥".repeat(139)}…`);
  });
});

describe("escapeHtml", () => {
  it("escapes everything that could open a tag or an attribute", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
