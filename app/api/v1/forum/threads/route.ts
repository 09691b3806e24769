import { z } from "zod";
import { threadDto, threadPageDto } from "@/lib/forum/dto";
import { forumHref } from "@/lib/forum/links";
import { createThread } from "@/lib/forum/posting";
import { listThreads } from "@/lib/forum/threads";
import { defineRoute } from "@/lib/http/route";

/** A page of threads: ?sort=latest|top|unanswered&period=&category=&tag=&api=&version=&operation=&page= */
export const GET = defineRoute({ access: "public", query: z.record(z.string(), z.string()) }, async ({ actor, query }) => threadPageDto(await listThreads(actor, query)));

/** Start a thread. */
export const POST = defineRoute({ access: "signed-in", body: z.unknown() }, async ({ actor, body }) => {
  const thread = await createThread(actor, body);
  return Response.json(threadDto(thread), { status: 201, headers: { location: forumHref.thread(thread.number), "cache-control": "no-store" } });
});
