"use client";

import { useEffect, useState } from "react";
import type { Actor } from "@/lib/auth/actor";
import { isStaffRole } from "@/lib/auth/roles";
import { NotificationBell } from "../notify/NotificationBell";
import { ButtonLink } from "../ui/Button";
import { AccountMenu } from "./AccountMenu";
import { NavLink } from "./NavLink";

// Pages cached for every signed-in reader cannot carry who is reading: the header asks once per
// page load (both parts below share the one request).
let account: Promise<Actor | null> | undefined;
function fetchAccount(): Promise<Actor | null> {
  account ??= fetch("/api/account", { headers: { accept: "application/json" } })
    .then(async (res) => (res.ok ? ((await res.json()) as { account: Actor }).account : null))
    .catch(() => null);
  return account;
}

function useAccount(): Actor | null | "loading" {
  const [state, setState] = useState<Actor | null | "loading">("loading");
  useEffect(() => {
    let live = true;
    void fetchAccount().then((a) => live && setState(a));
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The header's account area on cached pages read by signed-in users. */
export function BrowserAccountArea() {
  const state = useAccount();
  if (state === "loading") return <span aria-hidden="true" className="h-8 w-8 animate-pulse rounded-full bg-slate-200 dark:bg-slate-800" />;
  if (state === null) {
    // The session cookie was stale: this reader is a visitor after all.
    return (
      <ButtonLink href="/signin" variant="ghost" className="px-3">
        Sign in
      </ButtonLink>
    );
  }
  return (
    <>
      <NotificationBell />
      <AccountMenu actor={state} />
    </>
  );
}

/** The header's "Staff" link on cached pages, for staff. */
export function BrowserStaffLink() {
  const state = useAccount();
  return state !== "loading" && state !== null && isStaffRole(state.role) ? <NavLink href="/admin">Staff</NavLink> : null;
}
