// The forum's browser-side calls go through the shared JSON sender.
export { sendJson as send, messageOf, type ApiResult, type FieldErrors } from "../ui/send-json";

export const signInHref = (back: string) => `/signin?callbackUrl=${encodeURIComponent(back)}`;
