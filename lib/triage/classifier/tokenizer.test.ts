import { describe, expect, it } from "vitest";
import { terms, tokenize } from "./tokenizer";

describe("tokenize", () => {
  it("lower-cases words and keeps status codes and identifiers whole", () => {
    expect(tokenize("POST /Orders returns 429 with invalid_grant via OAuth2", { stopwords: "none", stem: false })).toEqual([
      "post",
      "orders",
      "returns",
      "429",
      "with",
      "invalid_grant",
      "via",
      "oauth2",
    ]);
  });

  it("keeps a question mark as a term and joins contractions", () => {
    expect(tokenize("Why doesn't it work?", { stopwords: "none", stem: false })).toEqual(["why", "doesnt", "it", "work", "?"]);
  });

  it("stems plain words only, so error codes stay as written", () => {
    expect(tokenize("timeouts leaked ERR_TIMEOUTS", { stopwords: "none", stem: true })).toEqual(["timeout", "leak", "err_timeouts"]);
  });

  it("drops English stopwords only when asked", () => {
    expect(tokenize("how do I get the token", { stopwords: "english", stem: false })).toEqual(["token"]);
    expect(tokenize("how do I get the token", { stopwords: "none", stem: false })).toEqual(["how", "do", "get", "the", "token"]);
  });

  it("skips single letters and very long tokens such as hashes", () => {
    expect(tokenize(`a b 5 ${"f".repeat(40)} ok`, { stopwords: "none", stem: false })).toEqual(["ok"]);
  });
});

describe("terms", () => {
  it("adds neighbouring word pairs to the words", () => {
    expect(terms("rate limit exceeded", { stopwords: "none", stem: false, ngramMax: 2 })).toEqual([
      "rate",
      "limit",
      "exceeded",
      "rate limit",
      "limit exceeded",
    ]);
  });

  it("gives only words with ngramMax 1", () => {
    expect(terms("rate limit", { stopwords: "none", stem: false, ngramMax: 1 })).toEqual(["rate", "limit"]);
  });
});
