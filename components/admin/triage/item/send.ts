import { messageOf, sendJson } from "@/components/ui/send-json";

/** Sends a staff action on an item; returns null on success or the message to show. */
export async function send(url: string, method: "POST" | "PATCH", body: unknown): Promise<string | null> {
  const result = await sendJson(method, url, body);
  return result.ok ? null : messageOf(result);
}

export const itemUrl = (id: string, action = "") => `/api/admin/triage/items/${encodeURIComponent(id)}${action}`;
