"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { forumApi } from "@/lib/forum/links";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { messageOf, send } from "./forum-client";

/** Staff actions on one flag: hide (or unhide) the flagged post, and resolve the flag (or reopen it). */
export function FlagReview({ flagId, resolved, target }: { flagId: string; resolved: boolean; target: { number: number; postId: string | null; hidden: boolean } }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function run(method: "PATCH", url: string, body: unknown) {
    setPending(true);
    setError(null);
    const result = await send(method, url, body);
    setPending(false);
    if (!result.ok) return setError(messageOf(result));
    router.refresh();
  }

  const targetUrl = target.postId ? forumApi.post(target.postId) : forumApi.thread(target.number);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={pending} onClick={() => run("PATCH", targetUrl, { hidden: !target.hidden })}>
          {target.hidden ? "Unhide post" : "Hide post"}
        </Button>
        <Button variant={resolved ? "ghost" : "primary"} disabled={pending} onClick={() => run("PATCH", forumApi.flag(flagId), { resolved: !resolved })}>
          {resolved ? "Reopen flag" : "Resolve flag"}
        </Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
