import { z } from "zod";
import { myRating, ratePage } from "@/lib/feedback/ratings";
import { ratingDto } from "@/lib/feedback/ratings-dto";
import { defineRoute } from "@/lib/http/route";

/** Rate a docs page (or change your vote). Visitors too, limited per IP address. */
export const PUT = defineRoute({ access: "public", body: z.unknown() }, async ({ actor, body, ip }) => ratingDto(await ratePage(actor, body, { ip })));

/**
 * The caller's own vote on a page (`?api=&version=&operation=`), or null; `canComment` tells the
 * widget whether to offer a comment box (pages served from the visitors' cache cannot know).
 */
export const GET = defineRoute({ access: "public" }, async ({ actor, request, ip }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const rating = await myRating(actor, query, { ip });
  return { rating: rating ? ratingDto(rating) : null, canComment: actor !== null };
});
