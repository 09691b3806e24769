// The queue's keyboard shortcuts: which key does what, and when keys belong to a text field instead.

export type QueueAction = "down" | "up" | "open" | "select" | "assign" | "priority" | "status" | "category" | "label" | "help" | "search";

export const SHORTCUTS: { keys: string; action: QueueAction; description: string }[] = [
  { keys: "j", action: "down", description: "Next item" },
  { keys: "k", action: "up", description: "Previous item" },
  { keys: "Enter", action: "open", description: "Open the item" },
  { keys: "x", action: "select", description: "Select or unselect the item" },
  { keys: "a", action: "assign", description: "Assign (the selection, or the current item)" },
  { keys: "p", action: "priority", description: "Set priority: severity × impact" },
  { keys: "s", action: "status", description: "Change status" },
  { keys: "c", action: "category", description: "Set category" },
  { keys: "l", action: "label", description: "Add or remove a label" },
  { keys: "/", action: "search", description: "Search" },
  { keys: "?", action: "help", description: "Show these shortcuts" },
];

const BY_KEY = new Map(SHORTCUTS.map((s) => [s.keys, s.action]));

const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset"]);

/** True when the key goes to something the user types in (or a control that uses the key itself). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== "string") return false;
  const element = target as HTMLElement;
  const tag = element.tagName.toLowerCase();
  if (tag === "input") return !NON_TEXT_INPUTS.has((element as HTMLInputElement).type);
  return tag === "textarea" || tag === "select" || element.isContentEditable;
}

export function shortcutFor(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "target">): QueueAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return null;
  // Enter on a button or link is that control's own action.
  if (event.key === "Enter" && isControl(event.target)) return null;
  return BY_KEY.get(event.key) ?? null;
}

function isControl(target: EventTarget | null): boolean {
  const tag = (target as HTMLElement | null)?.tagName?.toLowerCase();
  return tag === "button" || tag === "a" || tag === "summary";
}
