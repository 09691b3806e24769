import { describe, expect, it } from "vitest";
import { containsLink } from "./ratings-links";

describe("containsLink", () => {
  it.each([
    "see https://example.com/docs",
    "HTTP://EXAMPLE.COM",
    "ftp://files.example.org/x",
    "go to www.example.com now",
    "cheap pills at example.com",
    "visit shop.example.co.uk/offer",
    "bit.ly/3abc",
    "[click here](https://evil.test)",
    "[click here](/relative/path)",
    "[docs]: https://example.net",
    '<a href="https://x.test">x</a>',
    "<https://example.org>",
    "<me@example.org>",
    "write to someone@example.com",
    "mailto:someone@example.com",
    "javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "server at 192.168.1.20",
    "example[.]com",
    "example(dot)com",
    "example . com",
    "example dot com",
    "exa\u200bmple.com",
    "ｅｘａｍｐｌｅ．ｃｏｍ",
    "EXAMPLE.COM",
  ])("finds a link in %j", (text) => {
    expect(containsLink(text)).toBe(true);
  });

  it.each([
    "The example for getPetById is missing.",
    "Works with Node.js 20 and README.md mentions it, e.g. in openapi.yaml.",
    "The response uses res.json() and console.log shows the data: field is empty.",
    "Version 1.0.27 says 2.0 is current; main.py and install.sh fail.",
    "The status code should be 404, not 500. i.e. not found.",
    "Array<Pet> and Map<string, Tag> are not explained.",
    "The field user.name is not described.",
    "",
  ])("finds no link in %j", (text) => {
    expect(containsLink(text)).toBe(false);
  });
});
