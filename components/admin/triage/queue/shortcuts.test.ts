import { describe, expect, it } from "vitest";
import { shortcutFor } from "./shortcuts";

const element = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName: tagName.toUpperCase(), isContentEditable: false, ...extra }) as unknown as EventTarget;
const press = (key: string, target: EventTarget | null = element("body"), mods: Partial<Record<"ctrlKey" | "metaKey" | "altKey", boolean>> = {}) =>
  shortcutFor({ key, target, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe("queue shortcuts", () => {
  it("maps the keys of the issue", () => {
    expect(["j", "k", "Enter", "x", "a", "p", "s", "c", "?"].map((k) => press(k))).toEqual(["down", "up", "open", "select", "assign", "priority", "status", "category", "help"]);
  });

  it("stay quiet while typing in a text field, a select or an editable area", () => {
    expect(press("a", element("input", { type: "search" }))).toBeNull();
    expect(press("j", element("textarea"))).toBeNull();
    expect(press("s", element("select"))).toBeNull();
    expect(press("c", element("div", { isContentEditable: true }))).toBeNull();
  });

  it("still work on a focused checkbox, but leave Enter on a link or button to that control", () => {
    expect(press("x", element("input", { type: "checkbox" }))).toBe("select");
    expect(press("Enter", element("a"))).toBeNull();
    expect(press("Enter", element("button"))).toBeNull();
  });

  it("leave browser shortcuts alone", () => {
    expect(press("c", element("body"), { ctrlKey: true })).toBeNull();
    expect(press("k", element("body"), { metaKey: true })).toBeNull();
  });
});
