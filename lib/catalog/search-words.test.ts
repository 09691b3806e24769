import { describe, expect, it } from "vitest";
import { alternativesQuery, queryWords, vocabularyWords } from "./search-words";

describe("search words", () => {
  it("keeps words of 3 to 40 letters and digits, lowercased", () => {
    expect(vocabularyWords("GET /pet/{petId} by ID: x" + " a".repeat(3) + " " + "z".repeat(41))).toEqual(["get", "pet", "petid", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"]);
  });

  it("splits a query into distinct words, at most eight", () => {
    expect(queryWords("/Accounts/{AccountSid}/Calls.json accounts")).toEqual(["accounts", "accountsid", "calls", "json"]);
    expect(queryWords("a b c d e f g h i j")).toHaveLength(8);
    expect(queryWords("  !!! ")).toEqual([]);
  });

  it("builds a tsquery of alternatives that needs all words, or any", () => {
    const groups = [["acount", "account", "accounts"], ["calls", "calls"], []];
    expect(alternativesQuery(groups, "all")).toBe("(acount | account | accounts) & (calls)");
    expect(alternativesQuery(groups, "any")).toBe("(acount | account | accounts) | (calls)");
  });
});
