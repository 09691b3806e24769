// The triage configuration pages' calls to the admin JSON API go through the shared JSON sender.
export { sendJson as send, messageOf, type ApiResult as SendResult, type FieldErrors } from "../../ui/send-json";

export const configApi = {
  settings: "/api/admin/triage/settings",
  teams: "/api/admin/teams",
  team: (id: string) => `/api/admin/teams/${encodeURIComponent(id)}`,
  teamMembers: (id: string) => `/api/admin/teams/${encodeURIComponent(id)}/members`,
  teamMember: (id: string, userId: string) => `/api/admin/teams/${encodeURIComponent(id)}/members/${encodeURIComponent(userId)}`,
  rules: "/api/admin/routing-rules",
  rule: (id: string) => `/api/admin/routing-rules/${encodeURIComponent(id)}`,
  windows: "/api/admin/hypercare-windows",
  window: (id: string) => `/api/admin/hypercare-windows/${encodeURIComponent(id)}`,
  cannedReplies: "/api/admin/canned-replies",
  cannedReply: (id: string) => `/api/admin/canned-replies/${encodeURIComponent(id)}`,
};
