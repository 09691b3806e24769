import type { Role } from "@/lib/auth/roles";
import { NavLink } from "../shell/NavLink";

const LINKS: { href: string; label: string; roles?: Role[] }[] = [
  { href: "/admin", label: "Overview" },
  // The triage queue and its items: every staff role.
  { href: "/admin/triage", label: "Triage queue" },
  // Doc-page ratings: every staff role.
  { href: "/admin/ratings", label: "Doc ratings" },
  { href: "/admin/users", label: "Users", roles: ["admin"] },
  { href: "/admin/apis", label: "APIs", roles: ["admin"] },
  // Triage configuration: teams, routing rules and hypercare windows; priority matrix, SLA targets and canned replies.
  { href: "/admin/teams", label: "Teams & routing", roles: ["admin"] },
  { href: "/admin/triage/settings", label: "Triage settings", roles: ["admin"] },
  { href: "/admin/audit", label: "Audit log", roles: ["admin"] },
  // Forum: flagged posts for staff to review (the page lives under /forum).
  { href: "/admin/forum-flags", label: "Forum flags" },
  // Notifications: the email outbox.
  { href: "/admin/outbox", label: "Outbox", roles: ["admin"] },
];

export function StaffNav({ role }: { role: Role }) {
  return (
    <nav aria-label="Staff area" className="flex gap-1 overflow-x-auto text-sm lg:flex-col">
      {LINKS.filter((l) => !l.roles || l.roles.includes(role)).map((l) => (
        <NavLink key={l.href} href={l.href} exact={l.href === "/admin" || l.href === "/admin/triage"}>
          {l.label}
        </NavLink>
      ))}
    </nav>
  );
}
