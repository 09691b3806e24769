import type { Role } from "@/lib/auth/roles";
import { NavLink } from "../shell/NavLink";

const LINKS: { href: string; label: string; roles?: Role[] }[] = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/users", label: "Users", roles: ["admin"] },
  { href: "/admin/apis", label: "APIs", roles: ["admin"] },
  { href: "/admin/audit", label: "Audit log", roles: ["admin"] },
];

export function StaffNav({ role }: { role: Role }) {
  return (
    <nav aria-label="Staff area" className="flex gap-1 overflow-x-auto text-sm lg:flex-col">
      {LINKS.filter((l) => !l.roles || l.roles.includes(role)).map((l) => (
        <NavLink key={l.href} href={l.href} exact={l.href === "/admin"}>
          {l.label}
        </NavLink>
      ))}
    </nav>
  );
}
