import { expect, type Page } from "@playwright/test";

/** Replaces the dialogs an injected script would call with a recorder, before any page script runs. */
export async function recordScriptEffects(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.defineProperty(window, "__xssCalls", { value: calls });
    for (const name of ["alert", "confirm", "prompt", "print"] as const) {
      Object.defineProperty(window, name, { value: (...args: unknown[]) => void calls.push(`${name}(${args.join(",")})`), configurable: false });
    }
  });
  page.on("dialog", (dialog) => void dialog.dismiss());
}

/**
 * Checks a rendered page: no injected script ran, and nothing that could run later survived in the
 * user-content areas (`selector`): no script-bearing elements, no on* attributes, no
 * javascript:/vbscript:/data: URLs. Hovering and focusing every element first gives handlers
 * that need an event their chance. `portalMarkup`: the area also holds the portal's own forms and
 * icons (plain-text user content in a page region), so only attributes and URLs are checked.
 */
export async function expectNoScriptRan(page: Page, selector: string, options: { portalMarkup?: boolean } = {}): Promise<void> {
  const areas = page.locator(selector);
  expect(await areas.count(), `user content (${selector}) on ${page.url()}`).toBeGreaterThan(0);
  await page.evaluate((sel) => {
    for (const el of document.querySelectorAll<HTMLElement>(`${sel} *`)) {
      for (const type of ["mouseover", "mouseenter", "focus", "click", "toggle", "animationstart"]) {
        // Links would navigate away: their click is the one event not sent.
        if (type === "click" && el.closest("a")) continue;
        el.dispatchEvent(new Event(type, { bubbles: true }));
      }
    }
  }, selector);
  await page.waitForTimeout(300);
  const found = await page.evaluate(({ sel, portalMarkup }) => {
    const problems: string[] = [];
    const calls = (window as unknown as { __xssCalls: string[] }).__xssCalls;
    if (calls.length) problems.push(`dialogs called: ${calls.join(" ")}`);
    if ((window as unknown as { __xss?: unknown }).__xss !== undefined) problems.push("window.__xss was set");
    for (const area of document.querySelectorAll(sel)) {
      for (const el of [area, ...area.querySelectorAll("*")]) {
        const tag = el.tagName.toLowerCase();
        if (!portalMarkup && ["script", "iframe", "object", "embed", "base", "meta", "link", "style", "form", "svg", "math", "template", "frame", "frameset", "applet"].includes(tag)) {
          problems.push(`<${tag}> element`);
        }
        for (const attr of el.getAttributeNames()) {
          const value = el.getAttribute(attr) ?? "";
          if (/^on/i.test(attr)) problems.push(`${attr} attribute on <${tag}>`);
          if (attr === "style" && !portalMarkup) problems.push(`style attribute on <${tag}>`);
          if (/^(href|src|action|formaction|xlink:href|data|background|lowsrc|poster)$/i.test(attr) && /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u001f]/g, ""))) {
            problems.push(`${attr}="${value.slice(0, 60)}" on <${tag}>`);
          }
        }
      }
    }
    return problems;
  }, { sel: selector, portalMarkup: options.portalMarkup ?? false });
  expect(found, `script-capable content on ${page.url()}`).toEqual([]);
}
