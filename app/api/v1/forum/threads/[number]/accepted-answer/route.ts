import { threadDto } from "@/lib/forum/dto";
import { acceptAnswer, unacceptAnswer } from "@/lib/forum/answers";
import { threadNumberParam } from "@/lib/forum/params";
import { acceptInputSchema } from "@/lib/forum/schemas";
import { defineRoute } from "@/lib/http/route";

/** Accept a reply as the answer (the thread's author or staff); replaces an earlier one. */
export const PUT = defineRoute({ access: "signed-in", params: threadNumberParam, body: acceptInputSchema }, async ({ actor, params, body, ip }) =>
  threadDto(await acceptAnswer(actor, params.number, body.postId, { ip })),
);

/** Unaccept the accepted answer. */
export const DELETE = defineRoute({ access: "signed-in", params: threadNumberParam }, async ({ actor, params, ip }) => threadDto(await unacceptAnswer(actor, params.number, { ip })));
