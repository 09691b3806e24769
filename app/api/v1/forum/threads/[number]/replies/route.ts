import { z } from "zod";
import { threadDto } from "@/lib/forum/dto";
import { forumHref } from "@/lib/forum/links";
import { threadNumberParam } from "@/lib/forum/params";
import { replyToThread } from "@/lib/forum/posting";
import { defineRoute } from "@/lib/http/route";

/** Reply to a thread. */
export const POST = defineRoute({ access: "signed-in", params: threadNumberParam, body: z.unknown() }, async ({ actor, params, body }) => {
  const { thread, postId } = await replyToThread(actor, params.number, body);
  const url = forumHref.reply(thread.number, postId);
  return Response.json({ reply: { id: postId, url }, thread: threadDto(thread) }, { status: 201, headers: { location: url, "cache-control": "no-store" } });
});
