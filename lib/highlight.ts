import "server-only";
import { createHighlighter, type Highlighter } from "shiki";

export type CodeLanguage = "bash" | "javascript" | "python" | "json";

// One highlighter per process: creating it loads grammars and themes.
let highlighter: Promise<Highlighter> | undefined;

/** Highlighted HTML for code the portal generated itself (samples, examples), light and dark. */
export async function highlight(code: string, lang: CodeLanguage): Promise<string> {
  highlighter ??= createHighlighter({ themes: ["github-light", "github-dark"], langs: ["bash", "javascript", "python", "json"] });
  return (await highlighter).codeToHtml(code, { lang, themes: { light: "github-light", dark: "github-dark" }, defaultColor: "light" });
}
