import { idParam } from "@/lib/forum/params";
import { votePost } from "@/lib/forum/votes";
import { defineRoute } from "@/lib/http/route";

/** Upvote a reply (once; not your own). */
export const PUT = defineRoute({ access: "signed-in", params: idParam }, async ({ actor, params }) => votePost(actor, params.id, true));

/** Take back your upvote. */
export const DELETE = defineRoute({ access: "signed-in", params: idParam }, async ({ actor, params }) => votePost(actor, params.id, false));
