import { describe, expect, it } from "vitest";
import { readUnsubscribeToken, unsubscribeToken } from "./unsubscribe-token";

describe("unsubscribe tokens", () => {
  it("name the user and the category they were made for", () => {
    const token = unsubscribeToken("cmabc123user", "reports");
    expect(readUnsubscribeToken(token)).toEqual({ userId: "cmabc123user", category: "reports" });
    expect(readUnsubscribeToken(unsubscribeToken("cmabc123user", "forum"))).toEqual({ userId: "cmabc123user", category: "forum" });
  });

  it("are refused when the user or category is swapped, or the signature is made up", () => {
    const [, , signature] = unsubscribeToken("cmabc123user", "reports").split(".");
    const otherUser = Buffer.from("cmvictim999").toString("base64url");
    expect(readUnsubscribeToken(`${otherUser}.reports.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(`${Buffer.from("cmabc123user").toString("base64url")}.forum.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(`${otherUser}.reports.${"A".repeat(43)}`)).toBeNull();
  });

  it.each([undefined, null, 42, "", "forged", "a.b", "a.b.c.d", "x".repeat(400), "Y21hYmM.reports.!!!", "Y21hYmM.weekly.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"])(
    "reads %j as no token at all",
    (token) => {
      expect(readUnsubscribeToken(token)).toBeNull();
    },
  );
});
