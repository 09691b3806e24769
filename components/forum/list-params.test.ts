import { describe, expect, it } from "vitest";
import { listParams } from "./list-params";

describe("listParams", () => {
  it("reads the forum page's filters and search words", () => {
    expect(listParams({ sort: "top", period: "week", tag: "Auth", page: "2", q: "  pets  " })).toEqual({
      filter: expect.objectContaining({ sort: "top", period: "week", tag: "auth", page: 2 }),
      dropped: false,
      q: "pets",
    });
  });

  it("drops what it does not understand and keeps the rest", () => {
    const { filter, dropped } = listParams({ sort: "hot", page: "-1", tag: "pets", operation: "getPetById", extra: ["a", "b"] });
    expect(dropped).toBe(true);
    expect(filter).toMatchObject({ sort: "latest", page: 1, tag: "pets" });
    expect(filter.operation).toBeUndefined();
  });
});
