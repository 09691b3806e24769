import { z } from "zod";
import { Invalid } from "@/lib/errors";
import { threadDto } from "@/lib/forum/dto";
import { moderatePost } from "@/lib/forum/moderation";
import { idParam } from "@/lib/forum/params";
import { deletePost, editPost } from "@/lib/forum/posting";
import { defineRoute } from "@/lib/http/route";

/** Edit a reply ({body}: its author within 30 minutes, staff any time) or hide it ({hidden}: staff). */
export const PATCH = defineRoute(
  { access: "signed-in", params: idParam, body: z.record(z.string(), z.unknown(), { error: "Send a JSON object." }) },
  async ({ actor, params, body, ip }) => {
    const unknown = Object.keys(body).filter((key) => key !== "body" && key !== "hidden");
    if (unknown.length) throw new Invalid("The request names fields a reply does not have.", Object.fromEntries(unknown.map((key) => [key, ["Unknown field."]])));
    if (!("body" in body) && !("hidden" in body)) throw new Invalid("Nothing to change.", { _: ["Send body or hidden."] });
    let thread = "hidden" in body ? await moderatePost(actor, params.id, { hidden: body.hidden }, { ip }) : null;
    if ("body" in body) thread = await editPost(actor, params.id, { body: body.body }, { ip });
    return threadDto(thread!);
  },
);

/** Delete a reply: its author within 30 minutes, staff any time. */
export const DELETE = defineRoute({ access: "signed-in", params: idParam }, async ({ actor, params, ip }) => {
  await deletePost(actor, params.id, { ip });
  return new Response(null, { status: 204 });
});
