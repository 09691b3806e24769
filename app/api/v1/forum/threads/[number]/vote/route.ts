import { threadNumberParam } from "@/lib/forum/params";
import { voteThread } from "@/lib/forum/votes";
import { defineRoute } from "@/lib/http/route";

/** Upvote a thread (once; not your own). */
export const PUT = defineRoute({ access: "signed-in", params: threadNumberParam }, async ({ actor, params }) => voteThread(actor, params.number, true));

/** Take back your upvote. */
export const DELETE = defineRoute({ access: "signed-in", params: threadNumberParam }, async ({ actor, params }) => voteThread(actor, params.number, false));
