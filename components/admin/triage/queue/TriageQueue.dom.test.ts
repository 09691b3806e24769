// @vitest-environment happy-dom
import { act, createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { QueueRowDto } from "@/lib/triage/queue-dto";
import { DEFAULT_PRIORITY_MATRIX } from "@/lib/triage/priority";

const router = { replace: vi.fn(), push: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router, usePathname: () => "/admin/triage" }));
const { TriageQueue } = await import("./TriageQueue");

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const now = new Date().toISOString();
const item = (number: number, over: Partial<QueueRowDto> = {}): QueueRowDto => ({
  id: `item-${number}`,
  number,
  kind: "report",
  title: `Report ${number}`,
  possibleDuplicate: null,
  api: { slug: "pets", name: "Pets" },
  versionLabel: "1.0",
  operationSlug: "getPet",
  category: "bug",
  categoryConfidence: 0.7,
  priority: "high",
  status: "new",
  visibility: "public",
  assignee: null,
  team: { slug: "dx", name: "DX" },
  labels: [],
  hypercare: false,
  hypercareFactor: null,
  affectedCount: 0,
  affectedApps: 0,
  reportNumber: null,
  sla: { clock: "response", state: "running", label: "40 min left", dueAt: now },
  slaDueAt: now,
  createdAt: now,
  updatedAt: now,
  ...over,
});

type Call = { method: string; url: string; body: unknown };
let calls: Call[];
let answerPatch: (body: { category?: QueueRowDto["category"] }) => Promise<Response>;
let rows: QueueRowDto[];

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": status >= 400 ? "application/problem+json" : "application/json" } });

beforeEach(() => {
  calls = [];
  rows = [item(7), item(8, { status: "triaged", title: "Second" }), item(9)];
  answerPatch = async () => json({ ok: true });
  router.push.mockReset();
  router.replace.mockReset();
  vi.stubGlobal("fetch", async (url: string, init?: RequestInit) => {
    const method = init?.method ?? "GET";
    calls.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    if (url.startsWith("/api/admin/triage/people")) return json({ staff: [{ id: "u-me", name: "Mo", role: "triager", teamIds: [] }], teams: [] });
    if (url.startsWith("/api/admin/triage/views")) return json({ views: [] });
    if (url.startsWith("/api/admin/triage/items?")) {
      const q = new URL(url, "http://portal.test").searchParams.get("q");
      const found = q ? rows.filter((r) => r.title.includes(q)) : rows;
      return json({ items: found, nextCursor: null, count: found.length, capped: false });
    }
    if (method === "PATCH") return answerPatch(JSON.parse(String(init!.body)));
    if (url === "/api/admin/triage/items/bulk") return json({ updated: 2, refused: [] });
    return json({ detail: "unexpected" }, 500);
  });
});

let root: Root;
let container: HTMLElement;
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const settle = () => act(async () => void (await new Promise((resolve) => setTimeout(resolve, 20))));

async function mount() {
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
  await act(async () => {
    root.render(createElement(TriageQueue, { initialQuery: "status=open", initialPage: { items: rows, nextCursor: null, count: rows.length, capped: false }, meId: "u-me", matrix: DEFAULT_PRIORITY_MATRIX }));
  });
  await settle();
}

async function press(key: string, options: KeyboardEventInit = {}, target: Element = document.activeElement ?? document.body) {
  await act(async () => void target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...options })));
}

async function type(input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), "value")!.set!;
  await act(async () => {
    setter.call(input, text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

const tableRows = () => [...container.querySelectorAll("tbody tr")];
const cursorRow = () => tableRows().findIndex((tr) => tr.getAttribute("aria-selected") === "true");
// Columns: selection, item, category, …
const categoryOf = (index: number) => tableRows()[index]!.children[2]!.textContent;

describe("the triage queue by keyboard", () => {
  it("moves with j and k and opens the item with Enter", async () => {
    await mount();
    expect(cursorRow()).toBe(0);
    await press("j");
    await press("j");
    await press("k");
    expect(cursorRow()).toBe(1);
    expect(document.activeElement).toBe(tableRows()[1]);
    await press("Enter");
    expect(router.push).toHaveBeenCalledWith("/admin/triage/8");
  });

  it("sets a category with c, shows it before the server answers and sends it to the item", async () => {
    const answer = deferred();
    answerPatch = async (body) => {
      await answer.promise;
      rows = rows.map((r) => (r.id === "item-7" ? { ...r, category: body.category!, categoryConfidence: null } : r));
      return json({ ok: true });
    };
    await mount();
    await press("c");
    const picker = container.querySelector<HTMLInputElement>('[role="dialog"] input')!;
    expect(document.activeElement).toBe(picker);
    await type(picker, "perf");
    await press("Enter", {}, picker);
    await settle();
    expect(categoryOf(0)).toBe("Performance");
    answer.resolve();
    await settle();
    expect(categoryOf(0)).toBe("Performance");
    expect(calls.find((c) => c.method === "PATCH")).toEqual({ method: "PATCH", url: "/api/admin/triage/items/item-7", body: { category: "performance" } });
    expect(container.querySelector('[role="dialog"]')).toBeNull();
  });

  it("rolls the change back and says why when the server refuses it", async () => {
    const answer = deferred();
    answerPatch = async () => {
      await answer.promise;
      return json({ title: "Conflict", status: 409, detail: "Someone else changed this item." }, 409);
    };
    await mount();
    await press("c");
    const picker = container.querySelector<HTMLInputElement>('[role="dialog"] input')!;
    await type(picker, "usab");
    await press("Enter", {}, picker);
    await settle();
    expect(categoryOf(0)).toBe("Usability");
    answer.resolve();
    await settle();
    expect(categoryOf(0)).toBe("Bug70 %");
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/undone.*Someone else changed this item/);
  });

  it("resolves the selection in bulk after asking for a resolution note", async () => {
    await mount();
    await press("x");
    await press("j");
    await press("x");
    expect(container.textContent).toContain("2 selected");
    await press("s");
    const options = [...container.querySelectorAll('[role="option"]')].map((o) => o.textContent);
    expect(options).not.toContain("Duplicate");
    const picker = container.querySelector<HTMLInputElement>('[role="dialog"] input')!;
    await type(picker, "resolved");
    await press("Enter", {}, picker);
    const note = container.querySelector<HTMLTextAreaElement>('[role="dialog"] textarea')!;
    expect(document.activeElement).toBe(note);
    await type(note, "Fixed in 1.0.1.");
    await press("Enter", { ctrlKey: true }, note);
    await settle();
    expect(calls.find((c) => c.method === "POST")?.body).toEqual({ ids: ["item-7", "item-8"], patch: { status: "resolved", resolutionNote: "Fixed in 1.0.1." } });
  });

  it("ignores shortcuts while typing in the search box, and ? lists them", async () => {
    await mount();
    const search = container.querySelector<HTMLInputElement>("#triage-search")!;
    search.focus();
    await press("c", {}, search);
    await press("j", {}, search);
    expect(container.querySelector('[role="dialog"]')).toBeNull();
    expect(cursorRow()).toBe(0);
    await press("?", {}, document.body);
    expect(container.querySelector('[role="dialog"]')?.textContent).toContain("Keyboard shortcuts");
    await press("Escape", {}, container.querySelector('[role="dialog"] button')!);
    expect(container.querySelector('[role="dialog"]')).toBeNull();
  });

  it("shows a new item from the 5-second poll without a reload, highlighted for a moment", async () => {
    await mount();
    await press("j");
    rows = [item(6, { title: "Brand new" }), ...rows];
    await act(async () => void (await new Promise((resolve) => setTimeout(resolve, 5_300))));
    expect(tableRows()).toHaveLength(4);
    expect(tableRows()[0]!.textContent).toContain("Brand new");
    expect(tableRows()[0]!.className).toContain("bg-amber-50");
    expect(tableRows()[1]!.className).not.toContain("bg-amber-50");
    // The cursor stayed on the item it was on, not on the place.
    expect(tableRows()[cursorRow()]!.textContent).toContain("Second");
    await press("Enter");
    expect(router.push).toHaveBeenCalledWith("/admin/triage/8");
  }, 10_000);

  it("searches from the keyboard: / to the box, Enter to search, Enter again opens the match", async () => {
    await mount();
    await press("/", {}, document.body);
    const search = container.querySelector<HTMLInputElement>("#triage-search")!;
    expect(document.activeElement).toBe(search);
    await type(search, "Second");
    await press("Enter", {}, search);
    await settle();
    expect(router.replace).toHaveBeenLastCalledWith("/admin/triage?status=open&q=Second", { scroll: false });
    expect(tableRows().map((tr) => tr.textContent)).toEqual([expect.stringContaining("Second")]);
    await press("Enter", {}, document.body);
    expect(router.push).toHaveBeenCalledWith("/admin/triage/8");
  });
});
