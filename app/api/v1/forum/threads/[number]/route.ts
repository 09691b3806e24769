import { z } from "zod";
import { Invalid } from "@/lib/errors";
import { threadDto } from "@/lib/forum/dto";
import { moderateThread } from "@/lib/forum/moderation";
import { threadNumberParam } from "@/lib/forum/params";
import { deleteThread, editThread } from "@/lib/forum/posting";
import { THREAD_EDIT_FIELDS, THREAD_MODERATION_FIELDS } from "@/lib/forum/schemas";
import { getThread } from "@/lib/forum/threads";
import { defineRoute } from "@/lib/http/route";

/** A thread with its replies; 404 for threads the caller may not see. */
export const GET = defineRoute({ access: "public", params: threadNumberParam }, async ({ actor, params }) => threadDto(await getThread(actor, params.number)));

const pick = (body: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(Object.entries(body).filter(([key]) => keys.includes(key)));

/**
 * Edit the opening post ({title, body, tags}: its author within 30 minutes, staff any time) and/or
 * moderate ({pinned, locked, hidden, category}: staff).
 */
export const PATCH = defineRoute(
  { access: "signed-in", params: threadNumberParam, body: z.record(z.string(), z.unknown(), { error: "Send a JSON object." }) },
  async ({ actor, params, body, ip }) => {
    const unknown = Object.keys(body).filter((key) => !([...THREAD_EDIT_FIELDS, ...THREAD_MODERATION_FIELDS] as string[]).includes(key));
    if (unknown.length) throw new Invalid("The request names fields a thread does not have.", Object.fromEntries(unknown.map((key) => [key, ["Unknown field."]])));
    const moderation = pick(body, THREAD_MODERATION_FIELDS);
    const edit = pick(body, THREAD_EDIT_FIELDS);
    if (!Object.keys(moderation).length && !Object.keys(edit).length) throw new Invalid("Nothing to change.", { _: ["Send the fields to change."] });
    let thread = Object.keys(moderation).length ? await moderateThread(actor, params.number, moderation, { ip }) : null;
    if (Object.keys(edit).length) thread = await editThread(actor, params.number, edit, { ip });
    return threadDto(thread!);
  },
);

/** Delete a thread: staff, or its author within 30 minutes while nobody else has replied. */
export const DELETE = defineRoute({ access: "signed-in", params: threadNumberParam }, async ({ actor, params, ip }) => {
  await deleteThread(actor, params.number, { ip });
  return new Response(null, { status: 204 });
});
